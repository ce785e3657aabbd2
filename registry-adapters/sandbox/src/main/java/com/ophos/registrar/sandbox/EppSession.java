package com.ophos.registrar.sandbox;

import java.util.Optional;
import java.util.Set;

/**
 * One client connection's EPP session: login state, negotiated services, and the order in which a
 * frame meets the injected faults, the session rules and its flow.
 */
final class EppSession {
    private final SandboxRegistry registry;
    private String clientId;
    private Set<String> objectUris = Set.of();
    private Set<String> extensionUris = Set.of();
    private int loginFailures;
    private boolean stalled;

    EppSession(SandboxRegistry registry) {
        this.registry = registry;
    }

    String clientId() {
        return clientId;
    }

    /** @return failures so far on this connection, this one included */
    int loginFailed() {
        return ++loginFailures;
    }

    void loggedIn(String id, Set<String> objects, Set<String> extensions) {
        clientId = id;
        objectUris = objects;
        extensionUris = extensions;
    }

    /** The connection is gone: its session slot is free again. */
    void closed() {
        if (clientId != null) {
            registry.sessions().release(clientId);
            clientId = null;
        }
    }

    SessionReply handle(byte[] frame) {
        String serverTransactionId = registry.nextServerTransactionId();
        EppCommand command;
        try {
            command = EppCommand.parse(EppXmlParser.parse(frame));
        } catch (EppException malformed) {
            registry.record(EppCommandType.MALFORMED, Optional.empty(), Optional.ofNullable(clientId),
                    malformed.code());
            return answer(EppResponse.refusal(malformed).render(null, serverTransactionId));
        }
        if (stalled) {
            registry.record(command.type(), command.clientTransactionId(), Optional.ofNullable(clientId), 0);
            return SessionReply.silence();
        }
        if (command.type() == EppCommandType.HELLO) {
            registry.record(command.type(), Optional.empty(), Optional.ofNullable(clientId), 1000);
            return SessionReply.answer(Greeting.toXml(registry.settings(), registry.clock().instant()), false,
                    registry.faults().latency());
        }
        if (!command.type().isSessionCommand()) {
            if (registry.faults().stalls(command.type())) {
                stalled = true;
                registry.record(command.type(), command.clientTransactionId(), Optional.ofNullable(clientId), 0);
                return SessionReply.silence();
            }
            if (registry.faults().closesBeforeApplying(command.type())) {
                registry.record(command.type(), command.clientTransactionId(), Optional.ofNullable(clientId), 0);
                return SessionReply.dropConnection();
            }
        }
        Optional<String> clientTransactionId = command.clientTransactionId();
        Optional<String> loggedInAs = Optional.ofNullable(clientId);
        EppResponse.Rendered response = execute(command, serverTransactionId);
        if (!command.type().isSessionCommand() && registry.faults().closesAfterApplying(command.type())) {
            registry.record(command.type(), clientTransactionId, loggedInAs, 0);
            return SessionReply.dropConnection();
        }
        if (!command.type().isSessionCommand() && registry.faults().stallsAfterApplying(command.type())) {
            stalled = true;
            registry.record(command.type(), clientTransactionId, loggedInAs, 0);
            return SessionReply.silence();
        }
        registry.record(command.type(), clientTransactionId, loggedInAs.or(() -> Optional.ofNullable(clientId)),
                response.code());
        return answer(response);
    }

    private SessionReply answer(EppResponse.Rendered response) {
        return SessionReply.answer(response.xml(), response.closesSession(), registry.faults().latency());
    }

    private EppResponse.Rendered execute(EppCommand command, String serverTransactionId) {
        String clientTransactionId = command.clientTransactionId().orElse(null);
        try {
            switch (command.type()) {
                case LOGIN:
                    new LoginFlow(registry).run(command, this);
                    return EppResponse.ok().render(clientTransactionId, serverTransactionId);
                case LOGOUT:
                    return EppResponse.of(1500).closingSession().render(clientTransactionId, serverTransactionId);
                default:
                    requireUsable(command);
                    if (registry.faults().failsCommand(command.type())) {
                        throw new EppException.CommandFailed("injected failure: nothing was applied");
                    }
                    return registry.apply(command, clientId, extensionUris, serverTransactionId);
            }
        } catch (EppException refusal) {
            return EppResponse.refusal(refusal).render(clientTransactionId, serverTransactionId);
        }
    }

    private void requireUsable(EppCommand command) throws EppException {
        if (clientId == null) {
            throw new EppException.CommandUseError("log in first");
        }
        Optional<String> service = Flows.service(command.type());
        if (service.isPresent() && !objectUris.contains(service.get()) && !extensionUris.contains(service.get())) {
            throw new EppException.UnimplementedObjectService(service.get() + " was not selected at login");
        }
        for (XmlElement extension : command.extensions()) {
            if (!extensionUris.contains(extension.namespace())) {
                throw new EppException.UnimplementedExtension(extension.namespace() + " was not selected at login");
            }
        }
    }
}
