package com.ophos.registrar.dns;

import com.ophos.registrar.common.NotFoundProblem;
import com.ophos.registrar.dns.ZoneExporter.ZoneExportFailedException;
import com.ophos.registrar.dns.powerdns.PowerDns;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;
import org.xbill.DNS.Message;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Type;

/**
 * Releases a customer zone from the company's DNS at the end of a contract (R15) without ever
 * destroying it silently (R21): the zone is exported by AXFR and the archive committed first; only
 * then are the zone and its TSIG key deleted, and the server must then refuse to answer for it.
 * Idempotent: releasing a released zone returns its archive; an interrupted release is finished.
 */
@ApplicationScoped
public class ZoneRelease {
    private static final Logger LOG = Logger.getLogger(ZoneRelease.class);

    private final PowerDns powerDns;
    private final ZoneExporter exporter;
    private final ZoneArchives archives;
    private final ZoneKeys keys;
    private final AuthoritativeServer server;
    private final DnsMetrics metrics;

    public ZoneRelease(PowerDns powerDns, ZoneExporter exporter, ZoneArchives archives, ZoneKeys keys,
            AuthoritativeServer server, DnsMetrics metrics) {
        this.powerDns = powerDns;
        this.exporter = exporter;
        this.archives = archives;
        this.keys = keys;
        this.server = server;
        this.metrics = metrics;
    }

    public ZoneArchive release(String domain, Long contractId) {
        ZoneName zone = ZoneName.ofDomain(domain);
        try {
            if (powerDns.zone(zone.value()).isEmpty()) {
                ZoneArchive previous = archives.latest(zone).orElseThrow(() -> new NotFoundProblem(
                        "zone " + zone + " is not on the company's DNS and was never archived"));
                return previous.released() ? previous : finish(zone, previous);
            }
            ZoneArchive archive = archives.store(exportOrRefuse(zone), contractId);
            powerDns.deleteZone(zone.value());
            return finish(zone, archive);
        } catch (RuntimeException failure) {
            metrics.failed("release");
            throw failure;
        }
    }

    private ZoneExport exportOrRefuse(ZoneName zone) {
        try {
            return exporter.export(zone);
        } catch (ZoneExportFailedException | ZoneKeys.ZoneKeyMissingException failed) {
            throw new UnexportedZoneException(zone, failed);
        }
    }

    private ZoneArchive finish(ZoneName zone, ZoneArchive archive) {
        keys.delete(zone);
        requireRefused(zone);
        ZoneArchive released = archives.markReleased(archive.id);
        metrics.released();
        LOG.infof("released zone %s, archive %d (%d records, sha-256 %s)",
                zone, released.id, released.recordCount, released.sha256);
        return released;
    }

    /** The server must now refuse the zone: no stale copy answers for a domain that left (R15). */
    private void requireRefused(ZoneName zone) {
        Message answer = server.query(zone.name(), Type.SOA);
        if (answer.getRcode() != Rcode.REFUSED) {
            throw new ZoneStillServedException(zone, answer.getRcode());
        }
    }

    /** The zone could not be exported, so it was not deleted (R21). */
    public static class UnexportedZoneException extends DnsOperationException {
        UnexportedZoneException(ZoneName zone, RuntimeException cause) {
            super("zone " + zone + " not released: it could not be exported first (R21): " + cause.getMessage(), cause);
        }
    }

    /** After deletion the server still answers for the zone instead of refusing it. */
    public static class ZoneStillServedException extends DnsOperationException {
        ZoneStillServedException(ZoneName zone, int rcode) {
            super("zone " + zone + " was deleted but the DNS server still answers " + Rcode.string(rcode)
                    + " for it instead of REFUSED");
        }
    }
}
