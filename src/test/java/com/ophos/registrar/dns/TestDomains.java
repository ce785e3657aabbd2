package com.ophos.registrar.dns;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/** Fresh domain names, so that tests sharing one PowerDNS never see each other's zones. */
final class TestDomains {
    static final List<String> WEB_IPV4 = List.of("192.0.2.10", "192.0.2.11");
    static final List<String> WEB_IPV6 = List.of("2001:db8::10");

    private TestDomains() {
    }

    static String fresh(String purpose) {
        return purpose + "-" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36) + ".com";
    }

    /** How dnsjava prints an IPv6 address (uncompressed): literals only, no lookup. */
    static String dnsjavaForm(String ipv6) {
        try {
            return InetAddress.getByName(ipv6).getHostAddress();
        } catch (UnknownHostException notALiteral) {
            throw new IllegalArgumentException(ipv6, notALiteral);
        }
    }

    static ZoneOrder order(String domain) {
        return new ZoneOrder(domain, 42L, WEB_IPV4, WEB_IPV6);
    }
}
