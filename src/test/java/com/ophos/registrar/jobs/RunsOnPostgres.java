package com.ophos.registrar.jobs;

import com.ophos.registrar.persistence.EmbeddedPostgresResource;
import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The runs on a real PostgreSQL (embedded, zonky) with the test configuration's sandbox registries
 * over EPP/TLS and the clock set by the test; Quartz's clustered JDBC store on the same database.
 */
public class RunsOnPostgres implements QuarkusTestProfile {
    static final String INSTANCE = "gateway-a";

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "quarkus.datasource.db-kind", "postgresql",
                "quarkus.datasource.jdbc.acquisition-timeout", "PT60S",
                "quarkus.mailer.mock", "true",
                "registrar.runs.instance-id", INSTANCE,
                // Every schedule is off in tests; the scheduler still joins its cluster, as in production.
                "quarkus.scheduler.start-mode", "forced",
                "registrar.operations.resume-at-startup", "false");
    }

    @Override
    public Set<Class<?>> getEnabledAlternatives() {
        return Set.of(TestClock.class);
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(EmbeddedPostgresResource.class));
    }
}
