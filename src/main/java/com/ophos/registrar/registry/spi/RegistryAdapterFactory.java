package com.ophos.registrar.registry.spi;

/**
 * Builds the adapter for one configured registry. Each adapter flavour ({@code verisign},
 * {@code afnic}, {@code generic}) provides one {@code @ApplicationScoped} factory; the core picks the
 * factory by {@link RegistriesConfig.Registry#flavour()} and never names an adapter class.
 */
public interface RegistryAdapterFactory {

    /** The flavour this factory builds, as written in {@code registrar.registries.<id>.flavour}. */
    String flavour();

    RegistryAdapter create(String registryId, RegistriesConfig.Registry config, RegistryPolicy policy);
}
