package com.ophos.registrar.dns;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The company's authoritative DNS (PowerDNS): its HTTP API for zone management and its DNS port for
 * queries, AXFR exports and RFC 2136 updates. The API URL itself is {@code quarkus.rest-client.powerdns.url}.
 */
@ConfigMapping(prefix = "registrar.dns")
public interface DnsConfig {

    /** Sent as {@code X-API-Key}; never logged. */
    String apiKey();

    /** PowerDNS server id in API paths. */
    @WithDefault("localhost")
    String serverId();

    /** Where the authoritative server answers DNS (queries, AXFR, UPDATE). Loopback only in this project. */
    @WithDefault("127.0.0.1")
    String host();

    @WithDefault("53")
    int port();

    /** Timeout of one DNS exchange (query, update, whole AXFR). */
    @WithDefault("PT5S")
    Duration timeout();

    /** NS records of every customer zone, absolute names. */
    @WithDefault("ns1.ophos.net.,ns2.ophos.net.")
    List<String> nameservers();

    /** SOA RNAME (mailbox of the zone's contact, in DNS name form). */
    @WithDefault("hostmaster.ophos.net.")
    String soaContact();

    @WithDefault("3600")
    int defaultTtl();

    /** TSIG algorithm of the per-zone keys (PowerDNS and dnsjava name). */
    @WithDefault("hmac-sha256")
    String tsigAlgorithm();

    /** Addresses of the shared hosting web servers, used when a zone is provisioned without explicit ones. */
    Hosting hosting();

    /** Where a stopped web site points to (R3, R22). */
    Suspension suspension();

    interface Hosting {
        @WithDefault("192.0.2.80")
        List<String> ipv4();

        Optional<List<String>> ipv6();
    }

    interface Suspension {
        /** The company's "site suspended" page. */
        @WithDefault("127.0.0.9")
        String ipv4();

        /** When absent, AAAA records are removed while suspended, so no IPv6 path bypasses the suspension. */
        Optional<String> ipv6();

        /** Short, so that restoring the site is visible quickly through caches. */
        @WithDefault("300")
        int ttl();
    }
}
