package com.ophos.registrar.bench.orders;

import com.ophos.registrar.persistence.EmbeddedPostgresResource;
import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.List;
import java.util.Map;

/**
 * The gateway as the orders benchmark measures it: its datasource on an embedded PostgreSQL, the
 * in-process Verisign sandbox over EPP/TLS as configured for tests (4 sessions), the EPP wire log off
 * (production default) and quiet logs, so the figure is the order path and not the disk or the console.
 */
public class OrdersOnPostgres implements QuarkusTestProfile {
    static final String REGISTRY = "verisign";

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "quarkus.datasource.db-kind", "postgresql",
                "quarkus.datasource.jdbc.acquisition-timeout", "PT60S",
                "quarkus.datasource.jdbc.max-size", System.getProperty("bench.pool", "20"),
                "registrar.operations.resume-at-startup", "false",
                "registrar.epp.wire-log", "",
                "registrar.registries." + REGISTRY + ".sessions.max", System.getProperty("bench.sessions", "4"),
                "quarkus.log.category.\"com.ophos\".level", "WARN");
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(EmbeddedPostgresResource.class));
    }
}
