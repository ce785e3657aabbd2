package com.ophos.registrar.dispute;

import com.ophos.registrar.registry.spi.RegistriesConfig;
import com.ophos.registrar.registry.spi.RegistryAdapter;
import com.ophos.registrar.registry.spi.RegistryAdapterFactory;
import com.ophos.registrar.registry.spi.RegistryPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** TEST ONLY: flavour {@code dispute-test}, selected by {@link DisputeTestProfile}. */
@ApplicationScoped
public class DisputeTestRegistryFactory implements RegistryAdapterFactory {
    private final Map<String, DisputeTestRegistry> built = new ConcurrentHashMap<>();

    @Override
    public String flavour() {
        return "dispute-test";
    }

    @Override
    public RegistryAdapter create(String registryId, RegistriesConfig.Registry config, RegistryPolicy policy) {
        DisputeTestRegistry registry = new DisputeTestRegistry(registryId, config.clientId(), policy);
        built.put(registryId, registry);
        return registry;
    }

    public DisputeTestRegistry registry(String registryId) {
        DisputeTestRegistry registry = built.get(registryId);
        if (registry == null) {
            throw new IllegalStateException("no dispute test registry " + registryId);
        }
        return registry;
    }
}
