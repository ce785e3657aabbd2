package com.ophos.registrar.registry.inmemory;

import com.ophos.registrar.registry.spi.RegistriesConfig;
import com.ophos.registrar.registry.spi.RegistryAdapter;
import com.ophos.registrar.registry.spi.RegistryAdapterFactory;
import com.ophos.registrar.registry.spi.RegistryPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** TEST ONLY: flavour {@code in-memory}, selected by {@link InMemoryRegistries}. */
@ApplicationScoped
public class InMemoryRegistryFactory implements RegistryAdapterFactory {
    private final Map<String, InMemoryRegistry> built = new ConcurrentHashMap<>();

    @Override
    public String flavour() {
        return "in-memory";
    }

    @Override
    public RegistryAdapter create(String registryId, RegistriesConfig.Registry config, RegistryPolicy policy) {
        InMemoryRegistry registry = new InMemoryRegistry(registryId, config.clientId(), policy);
        built.put(registryId, registry);
        return registry;
    }

    public InMemoryRegistry registry(String registryId) {
        InMemoryRegistry registry = built.get(registryId);
        if (registry == null) {
            throw new IllegalStateException("no in-memory registry " + registryId + " was built");
        }
        return registry;
    }
}
