package com.ophos.registrar.epp;

import com.ophos.registrar.registry.spi.Outcome;

/** The connection broke, or could not be opened. */
public class EppConnectionException extends EppException {

    public EppConnectionException(String message, boolean sent, Throwable cause) {
        super(message, sent ? Outcome.UNKNOWN : Outcome.UNAVAILABLE, cause);
    }
}
