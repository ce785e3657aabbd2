package com.ophos.registrar.billing;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * Billing's Quarkus tests on in-memory H2 (PostgreSQL mode) with the Flyway migrations and the
 * entity mappings validated against them. The core's test datasource settings may supersede this
 * after the merge; the profile keeps billing's tests self-contained meanwhile.
 */
public class BillingTestProfile implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "quarkus.datasource.db-kind", "h2",
                "quarkus.datasource.jdbc.url", "jdbc:h2:mem:billing;MODE=PostgreSQL;DB_CLOSE_DELAY=-1",
                "quarkus.datasource.devservices.enabled", "false",
                "quarkus.flyway.migrate-at-start", "true",
                "quarkus.hibernate-orm.schema-management.strategy", "validate",
                "quarkus.mailer.mock", "true");
    }
}
