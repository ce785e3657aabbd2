package com.ophos.registrar.sandbox;

import com.ophos.registrar.epp.model.EppNamespaces;
import java.util.List;
import java.util.Set;

/**
 * login: known registrar and password, version 1.0, only URIs the greeting announced, an optional
 * new password, and a free session slot. Repeated failures close the connection.
 */
final class LoginFlow {
    private final SandboxRegistry registry;

    LoginFlow(SandboxRegistry registry) {
        this.registry = registry;
    }

    /** Logs the session in, or throws; 2501/2502 close the connection. */
    void run(EppCommand command, EppSession session) throws EppException {
        if (session.clientId() != null) {
            throw new EppException.CommandUseError("this session is already logged in");
        }
        if (registry.faults().refusesLogins()) {
            throw new EppException.AuthenticationErrorClosing("logins are refused");
        }
        XmlElement login = command.object();
        String clientId = login.requiredText(EppNamespaces.EPP, "clID");
        String password = login.requiredText(EppNamespaces.EPP, "pw");
        XmlElement options = login.required(EppNamespaces.EPP, "options");
        if (!"1.0".equals(options.requiredText(EppNamespaces.EPP, "version"))) {
            throw new EppException.UnimplementedCommand("only EPP version 1.0 is spoken here");
        }
        String lang = options.requiredText(EppNamespaces.EPP, "lang");
        if (!lang.equals("en") && !(lang.equals("fr") && registry.settings().flavour() == SandboxFlavour.AFNIC)) {
            throw new EppException.ParameterValuePolicy("language " + lang + " is not offered");
        }
        XmlElement services = login.required(EppNamespaces.EPP, "svcs");
        List<String> objectUris = services.childTexts(EppNamespaces.EPP, "objURI");
        List<String> extensionUris = services.child(EppNamespaces.EPP, "svcExtension")
                .map(e -> e.childTexts(EppNamespaces.EPP, "extURI")).orElse(List.of());
        requireAnnounced(objectUris, registry.settings().flavour().objectUris(), "object");
        requireAnnounced(extensionUris, registry.settings().extensionUris(), "extension");
        String expected = registry.state().passwords.get(clientId);
        if (expected == null || !expected.equals(password)) {
            if (session.loginFailed() >= registry.settings().maxLoginFailures()) {
                throw new EppException.AuthenticationErrorClosing("too many failed logins");
            }
            throw new EppException.AuthenticationError("client id or password is wrong");
        }
        if (registry.faults().sessionLimitReached()
                || !registry.sessions().tryAcquire(clientId, registry.settings().maxSessionsPerClient())) {
            throw new EppException.SessionLimitExceeded("session limit reached for " + clientId);
        }
        login.childText(EppNamespaces.EPP, "newPW").ifPresent(newPassword ->
                registry.state().passwords.put(clientId, newPassword));
        session.loggedIn(clientId, Set.copyOf(objectUris), Set.copyOf(extensionUris));
    }

    private static void requireAnnounced(List<String> requested, List<String> announced, String kind)
            throws EppException {
        for (String uri : requested) {
            if (!announced.contains(uri)) {
                throw new EppException.UnimplementedObjectService(kind + " URI " + uri + " was not announced");
            }
        }
    }
}
