package com.ophos.registrar.sandbox;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * What a flow runs against: the command, the logged-in registrar, the extensions it negotiated at
 * login, the registry's state and the instant the command is applied at.
 */
record CommandContext(EppCommand command, String clientId, Set<String> sessionExtensions, RegistryState state,
                      Instant now, String serverTransactionId) {

    SandboxSettings settings() {
        return state.settings();
    }

    XmlElement object() {
        return command.object();
    }

    /** The fee namespace both sides agreed on, if any. */
    Optional<String> feeNamespace() {
        String namespace = settings().feeNamespace();
        return settings().feeOffered() && sessionExtensions.contains(namespace)
                ? Optional.of(namespace) : Optional.empty();
    }

    DomainObject domain(String name) throws EppException {
        DomainObject domain = state.domains.get(name);
        if (domain == null) {
            throw new EppException.ObjectDoesNotExist("domain " + name);
        }
        return domain;
    }

    void requireSponsor(DomainObject domain) throws EppException {
        if (!domain.sponsor.equals(clientId)) {
            throw new EppException.AuthorizationError("domain " + domain.name + " is sponsored by another registrar");
        }
    }
}
