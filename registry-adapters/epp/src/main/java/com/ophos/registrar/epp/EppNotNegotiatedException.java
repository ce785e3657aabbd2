package com.ophos.registrar.epp;

import com.ophos.registrar.registry.spi.Outcome;

/** A command needs an object or extension namespace this session did not log in with; nothing was sent. */
public class EppNotNegotiatedException extends EppException {
    private final String namespace;

    public EppNotNegotiatedException(String command, String namespace) {
        super(command + " needs " + namespace + ", which the session did not negotiate", Outcome.UNAVAILABLE, null);
        this.namespace = namespace;
    }

    public String namespace() {
        return namespace;
    }
}
