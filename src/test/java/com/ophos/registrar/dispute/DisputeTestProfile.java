package com.ophos.registrar.dispute;

import com.ophos.registrar.dns.PowerDnsResource;
import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.List;
import java.util.Map;

/**
 * TEST ONLY: the gateway on in-memory H2 talking EPP over TLS to the in-process sandbox registries of
 * the default configuration (Verisign with its second account {@code reseller}, R24), HTTP Basic users
 * {@code support} and {@code frontend}, the mock mailer, and a private PowerDNS when one is installed
 * (DNS suspension tests).
 */
public class DisputeTestProfile implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.ofEntries(
                // Claims are often on young names: the sandbox's .com may change sponsor at once (the
                // 60-day lock after create is Verisign's policy, not what these tests are about).
                Map.entry("registrar.registries.verisign.policy.transfer-lock-after-create", "P0D"),
                Map.entry("registrar.operations.resume-at-startup", "false"),
                Map.entry("smallrye.config.mapping.validate-unknown", "false"),
                Map.entry("quarkus.datasource.db-kind", "h2"),
                Map.entry("quarkus.datasource.jdbc.url", "jdbc:h2:mem:disputes;MODE=PostgreSQL;DB_CLOSE_DELAY=-1"),
                Map.entry("quarkus.datasource.username", "sa"),
                Map.entry("quarkus.datasource.password", ""),
                // The shared build machine is slow at times; H2 itself answers at once.
                Map.entry("quarkus.datasource.jdbc.acquisition-timeout", "PT60S"),
                Map.entry("quarkus.flyway.migrate-at-start", "true"),
                Map.entry("quarkus.hibernate-orm.schema-management.strategy", "validate"),
                Map.entry("registrar.secrets.key", "q8Jm7x2kP0sV3nR6tY9wB1cE4fH5jL8mN0pQ2rS4uV6="),
                Map.entry("quarkus.mailer.mock", "true"),
                // Several builds share this machine: a free port instead of 8081.
                Map.entry("quarkus.http.test-port", "0"),
                Map.entry("quarkus.http.auth.basic", "true"),
                Map.entry("quarkus.security.users.embedded.enabled", "true"),
                Map.entry("quarkus.security.users.embedded.plain-text", "true"),
                Map.entry("quarkus.security.users.embedded.users.support", "support"),
                Map.entry("quarkus.security.users.embedded.roles.support", "support"),
                Map.entry("quarkus.security.users.embedded.users.frontend", "frontend"),
                Map.entry("quarkus.security.users.embedded.roles.frontend", "frontend"));
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(PowerDnsResource.class));
    }
}
