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
        return Map.ofEntries(
                Map.entry("quarkus.datasource.db-kind", "h2"),
                Map.entry("quarkus.datasource.jdbc.url", "jdbc:h2:mem:billing;MODE=PostgreSQL;DB_CLOSE_DELAY=-1"),
                Map.entry("quarkus.datasource.devservices.enabled", "false"),
                // The build machine is shared and loaded: give the pool time to open H2.
                Map.entry("quarkus.datasource.jdbc.acquisition-timeout", "60S"),
                Map.entry("quarkus.flyway.migrate-at-start", "true"),
                Map.entry("quarkus.hibernate-orm.schema-management.strategy", "validate"),
                Map.entry("quarkus.mailer.mock", "true"),
                // Offers of their own for the price-notice tests, whose notices would move the
                // catalogue's prices under the other tests.
                Map.entry("registrar.offers.r5-basic.price-monthly", "3.00"),
                Map.entry("registrar.offers.r5-basic.features", "1 website,1 GB storage"),
                Map.entry("registrar.offers.r5-basic.rank", "101"),
                Map.entry("registrar.offers.r7-basic.price-monthly", "5.00"),
                Map.entry("registrar.offers.r7-basic.features", "1 website"),
                Map.entry("registrar.offers.r7-basic.rank", "201"),
                Map.entry("registrar.offers.api-basic.price-monthly", "2.50"),
                Map.entry("registrar.offers.api-basic.features", "1 website"),
                Map.entry("registrar.offers.api-basic.rank", "301"));
    }
}
