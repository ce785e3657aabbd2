package com.ophos.registrar.adapters.generic;

import com.ophos.registrar.adapters.EppAdapterSupport;
import com.ophos.registrar.registry.spi.RegistriesConfig;
import com.ophos.registrar.registry.spi.RegistryAdapter;
import com.ophos.registrar.registry.spi.RegistryAdapterFactory;
import com.ophos.registrar.registry.spi.RegistryPolicy;
import jakarta.enterprise.context.ApplicationScoped;

/** Flavour {@code generic}: see {@code docs/registries.md}. */
@ApplicationScoped
public class GenericAdapterFactory implements RegistryAdapterFactory {
    private final EppAdapterSupport support;

    public GenericAdapterFactory(EppAdapterSupport support) {
        this.support = support;
    }

    @Override
    public String flavour() {
        return "generic";
    }

    @Override
    public RegistryAdapter create(String registryId, RegistriesConfig.Registry config, RegistryPolicy policy) {
        return new GenericAdapter(support.context(registryId, config, policy, GenericAdapter.objectUris(policy),
                GenericAdapter.SUPPORTED_EXTENSIONS));
    }
}
