package com.ophos.registrar.registry.guard;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithDefaults;
import java.time.Duration;
import java.util.Map;

/**
 * Fault tolerance around each registry's adapter, per registry id
 * ({@code registrar.fault-tolerance.registries.<id>.*}); a registry not named here gets the defaults.
 * The bulkhead's size is not configured here: it is this instance's share of the registry's session
 * limit ({@code registrar.registries.<id>.sessions.max}, shared out by the session leases) × {@code pipelining}.
 */
@ConfigMapping(prefix = "registrar.fault-tolerance")
public interface RegistryGuardsConfig {

    @WithDefaults
    Map<String, Limits> registries();

    interface Limits {
        /**
         * Outer bound of one adapter call, queueing for a session included. Above the EPP client's
         * connect + command timeouts, so that those answer first with their finer outcome.
         */
        @WithDefault("PT90S")
        Duration timeout();

        /** Calls in the breaker's rolling window. */
        @WithDefault("10")
        int failureWindow();

        /** Share of failed calls in the window that opens the breaker. */
        @WithDefault("0.5")
        double failureRatio();

        /** How long an open breaker refuses calls before letting trial calls through. */
        @WithDefault("PT30S")
        Duration openFor();

        /** Successful trial calls that close a half-open breaker. */
        @WithDefault("1")
        int closeAfterSuccesses();

        /** How long calls are refused after the registry answered 2502 (session limit exceeded). */
        @WithDefault("PT30S")
        Duration sessionLimitOpenFor();

        /** Calls waiting for a bulkhead slot; beyond that callers get 429. */
        @WithDefault("100")
        int bulkheadQueue();

        /** Retry-After given to callers turned away by a full bulkhead. */
        @WithDefault("PT5S")
        Duration busyRetryAfter();
    }
}
