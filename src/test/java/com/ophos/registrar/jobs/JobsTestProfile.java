package com.ophos.registrar.jobs;

import com.ophos.registrar.dns.PowerDnsResource;
import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The runs' tests: in-memory H2 in PostgreSQL mode (as the core configures it), Flyway migrations,
 * every configured registry replaced by a {@link FakeRegistry}, the clock set by the tests, a private
 * PowerDNS for the zone release, the mock mailer, and no schedule firing on its own.
 */
public class JobsTestProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.ofEntries(
                Map.entry("quarkus.datasource.db-kind", "h2"),
                Map.entry("quarkus.datasource.jdbc.url", "jdbc:h2:mem:jobs-tests;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                        + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1"),
                Map.entry("quarkus.datasource.username", "sa"),
                Map.entry("quarkus.datasource.password", ""),
                Map.entry("quarkus.datasource.devservices.enabled", "false"),
                // The build machine is shared and loaded: do not fail a start on a slow first connection.
                Map.entry("quarkus.datasource.jdbc.acquisition-timeout", "PT60S"),
                Map.entry("quarkus.flyway.migrate-at-start", "true"),
                Map.entry("quarkus.hibernate-orm.schema-management.strategy", "validate"),
                Map.entry("quarkus.mailer.mock", "true"),
                Map.entry("registrar.registries.verisign.flavour", FakeRegistries.FLAVOUR),
                Map.entry("registrar.registries.afnic.flavour", FakeRegistries.FLAVOUR),
                Map.entry("registrar.registries.generic.flavour", FakeRegistries.FLAVOUR),
                Map.entry("registrar.registries.verisign.sandbox", "false"),
                Map.entry("registrar.registries.afnic.sandbox", "false"),
                Map.entry("registrar.registries.generic.sandbox", "false"),
                Map.entry("registrar.operations.resume-at-startup", "false"),
                // Released names at verisign are let go; afnic is listed too, to show it never applies
                // where the registry renews at expiry (ReleasePolicyTest).
                Map.entry("registrar.runs.release.let-expire-at", "verisign,afnic"),
                // A test-only key (32 zero bytes), so these tests never depend on the default run's key.
                Map.entry("registrar.secrets.key", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA="),
                // As the core configures it: @ConfigProperty keys under registrar.* are not mapping keys.
                Map.entry("smallrye.config.mapping.validate-unknown", "false"));
    }

    @Override
    public Set<Class<?>> getEnabledAlternatives() {
        return Set.of(TestClock.class);
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(PowerDnsResource.class));
    }
}
