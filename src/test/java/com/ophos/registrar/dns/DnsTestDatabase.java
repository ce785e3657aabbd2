package com.ophos.registrar.dns;

import java.util.Map;

/** The test profile's in-memory H2 database, migrated by Flyway at start. */
final class DnsTestDatabase {
    static final Map<String, String> H2 = Map.of(
            "quarkus.flyway.migrate-at-start", "true",
            // Builds on a loaded machine can stall connection set-up for seconds.
            "quarkus.datasource.jdbc.acquisition-timeout", "PT60S");

    private DnsTestDatabase() {
    }
}
