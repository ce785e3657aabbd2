package com.ophos.registrar.epp;

import com.ophos.registrar.registry.spi.Outcome;

/**
 * The peer sent something that is not a valid EPP frame for this exchange: malformed XML, a DOCTYPE,
 * an unexpected element, a clTRID that does not echo ours. The session is closed.
 */
public class EppProtocolException extends EppException {

    public EppProtocolException(String message) {
        this(message, Outcome.UNKNOWN, null);
    }

    public EppProtocolException(String message, Throwable cause) {
        this(message, Outcome.UNKNOWN, cause);
    }

    public EppProtocolException(String message, Outcome outcome, Throwable cause) {
        super(message, outcome, cause);
    }
}
