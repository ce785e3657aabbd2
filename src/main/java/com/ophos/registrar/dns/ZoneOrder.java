package com.ophos.registrar.dns;

import java.util.List;

/**
 * A customer zone to provision: the domain (Unicode or ASCII) and the web addresses its apex and
 * {@code www} point to. {@code contractId} is the core's contract id, when the zone belongs to one.
 */
public record ZoneOrder(String domain, Long contractId, List<String> ipv4, List<String> ipv6) {

    public ZoneOrder {
        ipv4 = ipv4 == null ? List.of() : List.copyOf(ipv4);
        ipv6 = ipv6 == null ? List.of() : List.copyOf(ipv6);
    }
}
