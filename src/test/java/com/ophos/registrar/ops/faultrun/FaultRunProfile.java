package com.ophos.registrar.ops.faultrun;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * The fault run's gateway: the default test configuration (EPP sandboxes over TLS, H2) with a database
 * of its own, so the run's object-by-object comparison sees only its own rows, and a generic registry
 * whose pool gives up on a stalled command after three seconds and reconnects at once, so a stall costs
 * seconds instead of the production 30 s and a dropped connection does not back off for a minute.
 * {@code -Dfaultrun.pipelining=N} (default 1, as configured for every registry) runs it with N commands in
 * flight per session, so that a dropped connection or a stall leaves several outcomes unknown at once.
 */
public class FaultRunProfile implements QuarkusTestProfile {
    static final String REGISTRY = "generic";

    @Override
    public Map<String, String> getConfigOverrides() {
        String sessions = "registrar.registries." + REGISTRY + ".sessions.";
        return Map.of(
                "quarkus.datasource.jdbc.url", "jdbc:h2:mem:faultrun;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                        + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
                // The build machine is shared and loaded: do not fail the start on a slow first connection.
                "quarkus.datasource.jdbc.acquisition-timeout", "PT60S",
                "registrar.operations.resume-at-startup", "false",
                // Thousands of frames: writing each to disk would cost more than the run itself.
                "registrar.epp.wire-log", "",
                sessions + "max", "4",
                sessions + "pipelining", System.getProperty("faultrun.pipelining", "1"),
                sessions + "command-timeout", "PT3S",
                sessions + "connect-timeout", "PT5S",
                sessions + "reconnect-backoff-min", "PT0.05S",
                sessions + "reconnect-backoff-max", "PT0.5S");
    }
}
