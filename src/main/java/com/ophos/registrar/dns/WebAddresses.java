package com.ophos.registrar.dns;

import com.ophos.registrar.common.InvalidInputException;
import java.util.List;
import org.xbill.DNS.Address;

/** The IPv4 and IPv6 addresses a web name points to, as literals checked without any DNS lookup. */
record WebAddresses(List<String> ipv4, List<String> ipv6) {

    WebAddresses {
        ipv4 = List.copyOf(ipv4);
        ipv6 = List.copyOf(ipv6);
    }

    static WebAddresses of(List<String> ipv4, List<String> ipv6) {
        ipv4.forEach(address -> requireLiteral(address, Address.IPv4, "ipv4"));
        ipv6.forEach(address -> requireLiteral(address, Address.IPv6, "ipv6"));
        if (ipv4.isEmpty() && ipv6.isEmpty()) {
            throw new InvalidInputException(List.of("ipv4", "ipv6"), "a web site needs at least one address");
        }
        return new WebAddresses(ipv4, ipv6);
    }

    private static void requireLiteral(String address, int family, String field) {
        if (address == null || Address.toByteArray(address, family) == null) {
            throw new InvalidInputException(field, "not an " + field.toUpperCase() + " address: " + address);
        }
    }
}
