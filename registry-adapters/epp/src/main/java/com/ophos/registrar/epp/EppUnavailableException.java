package com.ophos.registrar.epp;

import com.ophos.registrar.registry.spi.Outcome;

/** No session could be had (login refused, backing off, queue full, client closed); nothing was sent. */
public class EppUnavailableException extends EppException {

    public EppUnavailableException(String message) {
        super(message, Outcome.UNAVAILABLE, null);
    }

    public EppUnavailableException(String message, Throwable cause) {
        super(message, Outcome.UNAVAILABLE, cause);
    }
}
