package com.ophos.registrar.adapters.verisign;

import com.ophos.registrar.adapters.EppAdapterSupport;
import com.ophos.registrar.registry.spi.RegistriesConfig;
import com.ophos.registrar.registry.spi.RegistryAdapterFactory;
import com.ophos.registrar.registry.spi.RegistryPolicy;
import jakarta.enterprise.context.ApplicationScoped;

/** Flavour {@code verisign}. */
@ApplicationScoped
public class VerisignAdapterFactory implements RegistryAdapterFactory {
    private final EppAdapterSupport support;

    public VerisignAdapterFactory(EppAdapterSupport support) {
        this.support = support;
    }

    @Override
    public String flavour() {
        return "verisign";
    }

    @Override
    public VerisignAdapter create(String registryId, RegistriesConfig.Registry config, RegistryPolicy policy) {
        return new VerisignAdapter(support.context(registryId, config, policy, VerisignAdapter.OBJECT_URIS,
                VerisignAdapter.SUPPORTED_EXTENSIONS));
    }
}
