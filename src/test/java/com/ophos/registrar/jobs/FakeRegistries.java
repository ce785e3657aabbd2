package com.ophos.registrar.jobs;

import com.ophos.registrar.registry.spi.RegistriesConfig;
import com.ophos.registrar.registry.spi.RegistryAdapter;
import com.ophos.registrar.registry.spi.RegistryAdapterFactory;
import com.ophos.registrar.registry.spi.RegistryPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Builds {@link FakeRegistry} adapters for registries configured with flavour {@code jobs-fake} (JobsTestProfile). */
@ApplicationScoped
public class FakeRegistries implements RegistryAdapterFactory {
    static final String FLAVOUR = "jobs-fake";

    private final Map<String, FakeRegistry> built = new ConcurrentHashMap<>();

    @Override
    public String flavour() {
        return FLAVOUR;
    }

    @Override
    public RegistryAdapter create(String registryId, RegistriesConfig.Registry config, RegistryPolicy policy) {
        return built.computeIfAbsent(registryId, id -> new FakeRegistry(id, policy));
    }

    public FakeRegistry get(String registryId) {
        return built.get(registryId);
    }
}
