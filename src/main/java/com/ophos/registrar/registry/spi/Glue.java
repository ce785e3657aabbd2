package com.ophos.registrar.registry.spi;

import java.util.List;

/**
 * Addresses of a nameserver inside the domain it serves (ns1.example.com for example.com): the parent
 * zone needs them to reach it. Registries with host objects get them on host:create; registries with
 * host attributes get them inline in the domain command.
 *
 * @param addresses IPv4 and IPv6 literals
 */
public record Glue(String host, List<String> addresses) {
    public Glue {
        addresses = List.copyOf(addresses);
    }
}
