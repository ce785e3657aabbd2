package com.ophos.registrar.registry.inmemory;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * TEST ONLY: the three configured registries (verisign .com/.net, afnic .fr, generic .org) served by
 * the in-memory registry, with their configured policies. Startup resume is off so tests drive it.
 */
public class InMemoryRegistries implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "registrar.registries.verisign.flavour", "in-memory",
                "registrar.registries.afnic.flavour", "in-memory",
                "registrar.registries.generic.flavour", "in-memory",
                // No sandbox registry behind them: the in-memory registry answers instead.
                "registrar.registries.verisign.sandbox", "false",
                "registrar.registries.afnic.sandbox", "false",
                "registrar.registries.generic.sandbox", "false",
                "registrar.operations.resume-at-startup", "false",
                // The build machine can be slow; tests of the 201 path must not turn into 202s.
                "registrar.api.sync-wait", "PT10S");
    }
}
