package com.ophos.registrar.registry.guard;

import com.ophos.registrar.registry.spi.Outcome;
import com.ophos.registrar.registry.spi.RegistryException;
import java.time.Duration;

/** The registry's circuit breaker is open: the call was refused before anything was sent. */
public final class RegistryCircuitOpenException extends RegistryException {
    private final Duration retryAfter;

    RegistryCircuitOpenException(String registryId, String why, Duration retryAfter, Throwable cause) {
        super(registryId, Outcome.UNAVAILABLE, 0, "registry " + registryId + " is not called for now (" + why
                + "); nothing was sent", null, null, cause);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
