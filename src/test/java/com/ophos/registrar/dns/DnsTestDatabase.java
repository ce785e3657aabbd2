package com.ophos.registrar.dns;

import java.util.Map;

/** The DNS tests' own in-memory database, migrated by Flyway, whatever the rest of the gateway configures. */
final class DnsTestDatabase {
    static final Map<String, String> H2 = Map.of(
            "quarkus.datasource.db-kind", "h2",
            "quarkus.datasource.jdbc.url", "jdbc:h2:mem:dns-tests;MODE=PostgreSQL;DB_CLOSE_DELAY=-1",
            "quarkus.datasource.username", "sa",
            "quarkus.datasource.password", "",
            "quarkus.flyway.migrate-at-start", "true",
            // Builds on a loaded machine can stall connection set-up for seconds.
            "quarkus.datasource.jdbc.acquisition-timeout", "PT60S");

    private DnsTestDatabase() {
    }
}
