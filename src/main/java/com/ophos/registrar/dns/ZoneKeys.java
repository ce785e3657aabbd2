package com.ophos.registrar.dns;

import com.ophos.registrar.dns.powerdns.PdnsTsigKey;
import com.ophos.registrar.dns.powerdns.PowerDns;
import jakarta.enterprise.context.ApplicationScoped;
import org.xbill.DNS.Name;
import org.xbill.DNS.TSIG;

/**
 * Each customer zone has its own TSIG key, named like the zone, that alone may transfer (AXFR) and
 * update (RFC 2136) it. PowerDNS generates and keeps the secret; the gateway reads it when it needs
 * to sign and never stores or logs it.
 */
@ApplicationScoped
public class ZoneKeys {
    private final PowerDns powerDns;
    private final DnsConfig config;

    public ZoneKeys(PowerDns powerDns, DnsConfig config) {
        this.powerDns = powerDns;
        this.config = config;
    }

    /** The PowerDNS id of the zone's key (the absolute key name). */
    public static String keyId(ZoneName zone) {
        return zone.value();
    }

    /** Creates the zone's key unless it exists. */
    public void ensure(ZoneName zone) {
        if (powerDns.tsigKey(keyId(zone)).isEmpty()) {
            powerDns.createTsigKey(keyId(zone), config.tsigAlgorithm());
        }
    }

    /** The zone's key, ready to sign a DNS message. */
    public TSIG tsig(ZoneName zone) {
        PdnsTsigKey key = powerDns.tsigKey(keyId(zone)).orElseThrow(() -> new ZoneKeyMissingException(zone));
        return new TSIG(TSIG.algorithmToName(key.algorithm()), Name.fromConstantString(keyId(zone)), key.key());
    }

    /** Deletes the zone's key; {@code false} when it was already gone. */
    public boolean delete(ZoneName zone) {
        return powerDns.deleteTsigKey(keyId(zone));
    }

    /** The zone has no TSIG key, so it can be neither exported nor updated. */
    public static class ZoneKeyMissingException extends DnsOperationException {
        ZoneKeyMissingException(ZoneName zone) {
            super("zone " + zone + " has no TSIG key at PowerDNS");
        }
    }
}
