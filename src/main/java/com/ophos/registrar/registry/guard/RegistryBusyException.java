package com.ophos.registrar.registry.guard;

import com.ophos.registrar.registry.spi.Outcome;
import com.ophos.registrar.registry.spi.RegistryException;
import java.time.Duration;

/** Every session of the registry is busy and the waiting line is full: nothing was sent. */
public final class RegistryBusyException extends RegistryException {
    private final Duration retryAfter;

    RegistryBusyException(String registryId, Duration retryAfter, Throwable cause) {
        super(registryId, Outcome.UNAVAILABLE, 0, "registry " + registryId
                + " has every session busy and its waiting line full; nothing was sent", null, null, cause);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
