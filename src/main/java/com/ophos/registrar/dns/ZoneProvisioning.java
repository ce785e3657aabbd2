package com.ophos.registrar.dns;

import com.ophos.registrar.dns.powerdns.PdnsRrSet;
import com.ophos.registrar.dns.powerdns.PdnsZone;
import com.ophos.registrar.dns.powerdns.PowerDns;
import com.ophos.registrar.dns.powerdns.PowerDnsConflictException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Provisions a customer zone on the company's DNS: apex and {@code www} A/AAAA, the company's NS,
 * an SOA naming the company's contact, and a TSIG key of its own that alone may transfer or update
 * the zone. Idempotent: an existing zone keeps its records, only its key grants are re-asserted.
 */
@ApplicationScoped
public class ZoneProvisioning {
    private static final Logger LOG = Logger.getLogger(ZoneProvisioning.class);
    // refresh, retry, expire, negative TTL: RFC 1912 values also used by PowerDNS's default SOA.
    private static final String SOA_TIMERS = "10800 3600 604800 3600";

    private final PowerDns powerDns;
    private final ZoneKeys keys;
    private final DnsConfig config;
    private final DnsMetrics metrics;

    public ZoneProvisioning(PowerDns powerDns, ZoneKeys keys, DnsConfig config, DnsMetrics metrics) {
        this.powerDns = powerDns;
        this.keys = keys;
        this.config = config;
        this.metrics = metrics;
    }

    /** Provisions with the shared hosting servers' addresses. */
    public ProvisionedZone provision(String domain, Long contractId) {
        return provision(new ZoneOrder(domain, contractId, config.hosting().ipv4(),
                config.hosting().ipv6().orElse(List.of())));
    }

    public ProvisionedZone provision(ZoneOrder order) {
        ZoneName zone = ZoneName.ofDomain(order.domain());
        WebAddresses web = WebAddresses.of(order.ipv4(), order.ipv6());
        try {
            keys.ensure(zone);
            boolean created = createUnlessPresent(zone, web);
            grantKey(zone);
            if (created) {
                metrics.provisioned();
                LOG.infof("provisioned zone %s (contract %s)", zone, order.contractId());
            }
            return new ProvisionedZone(zone, created);
        } catch (RuntimeException failure) {
            metrics.failed("provision");
            throw failure;
        }
    }

    private boolean createUnlessPresent(ZoneName zone, WebAddresses web) {
        if (powerDns.zone(zone.value()).isPresent()) {
            return false;
        }
        try {
            powerDns.createZone(PdnsZone.nativeZone(zone.value(), records(zone, web), ZoneKeys.keyId(zone)));
            return true;
        } catch (PowerDnsConflictException createdMeanwhile) {
            return false;
        }
    }

    private List<PdnsRrSet> records(ZoneName zone, WebAddresses web) {
        int ttl = config.defaultTtl();
        List<String> nameservers = config.nameservers();
        String soa = nameservers.get(0) + " " + config.soaContact() + " 1 " + SOA_TIMERS;
        List<PdnsRrSet> rrsets = new ArrayList<>();
        rrsets.add(PdnsRrSet.of(zone.value(), "SOA", ttl, List.of(soa)));
        rrsets.add(PdnsRrSet.of(zone.value(), "NS", ttl, nameservers));
        for (String owner : List.of(zone.value(), zone.child("www"))) {
            if (!web.ipv4().isEmpty()) {
                rrsets.add(PdnsRrSet.of(owner, "A", ttl, web.ipv4()));
            }
            if (!web.ipv6().isEmpty()) {
                rrsets.add(PdnsRrSet.of(owner, "AAAA", ttl, web.ipv6()));
            }
        }
        return rrsets;
    }

    /** The zone's own key, and only it, may transfer (AXFR) and update (RFC 2136) the zone. */
    private void grantKey(ZoneName zone) {
        List<String> onlyItsKey = List.of(ZoneKeys.keyId(zone));
        powerDns.setAxfrKeys(zone.value(), onlyItsKey);
        powerDns.putMetadata(zone.value(), PowerDns.ALLOW_DNSUPDATE, onlyItsKey);
        powerDns.putMetadata(zone.value(), PowerDns.SOA_EDIT_DNSUPDATE, List.of("INCREASE"));
    }
}
