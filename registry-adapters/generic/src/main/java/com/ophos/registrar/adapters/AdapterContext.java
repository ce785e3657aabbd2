package com.ophos.registrar.adapters;

import com.ophos.registrar.registry.spi.RegistryPolicy;
import java.util.Objects;

/**
 * What every EPP-backed adapter is built from: the registry's id and policy, the client id it logs in
 * with (to tell our names from others'), the currency its fees are echoed in and its EPP client.
 */
public record AdapterContext(String registryId, String clientId, String currency, RegistryPolicy policy,
                             LazyEppClient client) {
    public AdapterContext {
        Objects.requireNonNull(registryId, "registryId");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(client, "client");
    }
}
