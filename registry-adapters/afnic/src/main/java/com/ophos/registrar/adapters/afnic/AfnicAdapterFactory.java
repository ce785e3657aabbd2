package com.ophos.registrar.adapters.afnic;

import com.ophos.registrar.adapters.EppAdapterSupport;
import com.ophos.registrar.registry.spi.RegistriesConfig;
import com.ophos.registrar.registry.spi.RegistryPolicy;
import jakarta.enterprise.context.ApplicationScoped;

/** Flavour {@code afnic}. */
@ApplicationScoped
public class AfnicAdapterFactory implements com.ophos.registrar.registry.spi.RegistryAdapterFactory {
    private final EppAdapterSupport support;

    public AfnicAdapterFactory(EppAdapterSupport support) {
        this.support = support;
    }

    @Override
    public String flavour() {
        return "afnic";
    }

    @Override
    public AfnicAdapter create(String registryId, RegistriesConfig.Registry config, RegistryPolicy policy) {
        return new AfnicAdapter(support.context(registryId, config, policy, AfnicAdapter.OBJECT_URIS,
                AfnicAdapter.SUPPORTED_EXTENSIONS));
    }
}
