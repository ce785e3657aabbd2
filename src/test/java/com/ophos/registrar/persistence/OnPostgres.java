package com.ophos.registrar.persistence;

import com.ophos.registrar.registry.inmemory.InMemoryRegistries;
import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The test application on PostgreSQL. {@code quarkus.datasource.db-kind} is fixed at build time; a
 * test profile that overrides it makes Quarkus re-augment the application for this profile, so the
 * PostgreSQL dialect and Flyway's PostgreSQL support are really in use.
 */
public class OnPostgres implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
        Map<String, String> config = new HashMap<>(new InMemoryRegistries().getConfigOverrides());
        config.put("quarkus.datasource.db-kind", "postgresql");
        return config;
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(EmbeddedPostgresResource.class));
    }
}
