package com.ophos.registrar.sandbox;

import com.ophos.registrar.epp.model.EppNamespaces;
import java.util.Optional;

/** The kinds of frame the registry counts and logs. */
public enum EppCommandType {
    HELLO, LOGIN, LOGOUT, POLL,
    DOMAIN_CHECK, DOMAIN_INFO, DOMAIN_CREATE, DOMAIN_RENEW, DOMAIN_UPDATE, DOMAIN_DELETE, DOMAIN_TRANSFER,
    CONTACT_CHECK, CONTACT_INFO, CONTACT_CREATE, CONTACT_UPDATE, CONTACT_DELETE, CONTACT_TRANSFER,
    HOST_CHECK, HOST_INFO, HOST_CREATE, HOST_UPDATE, HOST_DELETE,
    /** AFNIC holder change. */
    FRNIC_TRADE,
    /** AFNIC forced holder change. */
    FRNIC_RECOVER,
    /** A frame that is not well-formed EPP. */
    MALFORMED;

    /** Commands that manage the session; faults aimed at commands leave them alone. */
    public boolean isSessionCommand() {
        return this == HELLO || this == LOGIN || this == LOGOUT;
    }

    static Optional<EppCommandType> of(String verb, String objectNamespace) {
        String object = switch (objectNamespace) {
            case EppNamespaces.DOMAIN -> "DOMAIN_";
            case EppNamespaces.CONTACT -> "CONTACT_";
            case EppNamespaces.HOST -> "HOST_";
            default -> null;
        };
        if (object == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(object + verb.toUpperCase(java.util.Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
