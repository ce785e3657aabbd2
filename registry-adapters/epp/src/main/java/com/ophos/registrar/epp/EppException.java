package com.ophos.registrar.epp;

import com.ophos.registrar.registry.spi.Outcome;

/**
 * A command got no usable response. {@link #outcome()} tells whether it may have been applied:
 * {@link Outcome#UNKNOWN} once the frame was written, {@link Outcome#UNAVAILABLE} when nothing was sent.
 * Messages never carry passwords or auth codes.
 */
public abstract class EppException extends RuntimeException {
    private final Outcome outcome;

    protected EppException(String message, Outcome outcome, Throwable cause) {
        super(message, cause);
        this.outcome = outcome;
    }

    public Outcome outcome() {
        return outcome;
    }
}
