package com.ophos.registrar.sandbox;

import com.ophos.registrar.epp.model.EppNamespaces;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/** Which flow runs which command, and which service (object or extension URI) it belongs to. */
final class Flows {
    private static final Map<EppCommandType, Flow> FLOWS = new EnumMap<>(EppCommandType.class);

    static {
        FLOWS.put(EppCommandType.POLL, new PollFlow());
        FLOWS.put(EppCommandType.DOMAIN_CHECK, new DomainCheckFlow());
        FLOWS.put(EppCommandType.DOMAIN_INFO, new DomainInfoFlow());
        FLOWS.put(EppCommandType.DOMAIN_CREATE, new DomainCreateFlow());
        FLOWS.put(EppCommandType.DOMAIN_RENEW, new DomainRenewFlow());
        FLOWS.put(EppCommandType.DOMAIN_UPDATE, new DomainUpdateFlow());
        FLOWS.put(EppCommandType.DOMAIN_DELETE, new DomainDeleteFlow());
        FLOWS.put(EppCommandType.DOMAIN_TRANSFER, new DomainTransferFlow());
        FLOWS.put(EppCommandType.CONTACT_CHECK, new ContactCheckFlow());
        FLOWS.put(EppCommandType.CONTACT_INFO, new ContactInfoFlow());
        FLOWS.put(EppCommandType.CONTACT_CREATE, new ContactCreateFlow());
        FLOWS.put(EppCommandType.CONTACT_UPDATE, new ContactUpdateFlow());
        FLOWS.put(EppCommandType.CONTACT_DELETE, new ContactDeleteFlow());
        FLOWS.put(EppCommandType.HOST_CHECK, new HostCheckFlow());
        FLOWS.put(EppCommandType.HOST_INFO, new HostInfoFlow());
        FLOWS.put(EppCommandType.HOST_CREATE, new HostCreateFlow());
        FLOWS.put(EppCommandType.HOST_UPDATE, new HostUpdateFlow());
        FLOWS.put(EppCommandType.HOST_DELETE, new HostDeleteFlow());
        FLOWS.put(EppCommandType.FRNIC_TRADE, new FrnicTradeFlow());
        FLOWS.put(EppCommandType.FRNIC_RECOVER, new FrnicRecoverFlow());
    }

    private Flows() {
    }

    static Flow of(EppCommandType type) throws EppException {
        Flow flow = FLOWS.get(type);
        if (flow == null) {
            throw new EppException.UnimplementedCommand(type + " is not implemented");
        }
        return flow;
    }

    /** The URI a session must have logged in with to use this command. */
    static Optional<String> service(EppCommandType type) {
        String name = type.name();
        if (name.startsWith("DOMAIN_")) {
            return Optional.of(EppNamespaces.DOMAIN);
        }
        if (name.startsWith("CONTACT_")) {
            return Optional.of(EppNamespaces.CONTACT);
        }
        if (name.startsWith("HOST_")) {
            return Optional.of(EppNamespaces.HOST);
        }
        if (name.startsWith("FRNIC_")) {
            return Optional.of(EppNamespaces.FRNIC);
        }
        return Optional.empty();
    }
}
