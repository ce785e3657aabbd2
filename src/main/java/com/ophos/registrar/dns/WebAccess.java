package com.ophos.registrar.dns;

import com.ophos.registrar.common.InvalidInputException;
import com.ophos.registrar.common.NotFoundProblem;
import com.ophos.registrar.dns.powerdns.PdnsRrSet;
import com.ophos.registrar.dns.powerdns.PdnsZone;
import com.ophos.registrar.dns.powerdns.PowerDns;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;
import org.xbill.DNS.AAAARecord;
import org.xbill.DNS.ARecord;
import org.xbill.DNS.Address;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Name;
import org.xbill.DNS.Record;
import org.xbill.DNS.Type;

/**
 * Stops and restores a customer's web site at the DNS level, for a third-party claim (R3) or a
 * content violation (R22): apex and {@code www} A/AAAA are pointed to the company's suspension page
 * by a TSIG-signed RFC 2136 update, after the records they had are saved; restoring puts exactly
 * those back. Both are idempotent and leave a row in {@code web_access_suspensions}.
 */
@ApplicationScoped
public class WebAccess {
    private static final Logger LOG = Logger.getLogger(WebAccess.class);

    private final PowerDns powerDns;
    private final DnsUpdater updater;
    private final WebAccessSuspensions suspensions;
    private final DnsConfig config;
    private final DnsMetrics metrics;

    public WebAccess(PowerDns powerDns, DnsUpdater updater, WebAccessSuspensions suspensions, DnsConfig config,
            DnsMetrics metrics) {
        this.powerDns = powerDns;
        this.updater = updater;
        this.suspensions = suspensions;
        this.config = config;
        this.metrics = metrics;
    }

    /**
     * Points the site to the suspension page. When already stopped, the suspension records are sent
     * again (a stop interrupted after its row was saved is completed) and the existing row returned.
     */
    public WebAccessSuspension stop(String domain, String reason) {
        ZoneName zone = ZoneName.ofDomain(domain);
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", "a reason is required to stop web access (R3, R22)");
        }
        try {
            WebAccessSuspension suspension = suspensions.active(zone)
                    .orElseGet(() -> suspensions.open(zone, reason.strip(), currentWebRecords(zone)));
            updater.replace(zone, suspensionRecords(zone));
            LOG.infof("web access of %s stopped (suspension %d)", zone, suspension.id);
            return suspension;
        } catch (RuntimeException failure) {
            metrics.failed("web-access-stop");
            throw failure;
        }
    }

    /** Puts back the records saved by {@link #stop}; when not stopped, returns the last suspension. */
    public WebAccessSuspension restore(String domain) {
        ZoneName zone = ZoneName.ofDomain(domain);
        try {
            Optional<WebAccessSuspension> active = suspensions.active(zone);
            if (active.isEmpty()) {
                return suspensions.latest(zone).orElseThrow(() -> new NotFoundProblem(
                        "web access of " + zone.domain() + " was never stopped"));
            }
            updater.replace(zone, suspensions.saved(active.get()).replacements());
            WebAccessSuspension restored = suspensions.close(active.get().id);
            LOG.infof("web access of %s restored (suspension %d)", zone, restored.id);
            return restored;
        } catch (RuntimeException failure) {
            metrics.failed("web-access-restore");
            throw failure;
        }
    }

    private WebRecords currentWebRecords(ZoneName zone) {
        PdnsZone current = powerDns.zone(zone.value()).orElseThrow(() -> new NotFoundProblem(
                "zone " + zone + " is not on the company's DNS"));
        List<WebRecords.RrSet> saved = new ArrayList<>();
        for (String owner : WebRecords.owners(zone)) {
            for (String type : WebRecords.types()) {
                saved.add(current.rrsetsOrEmpty().stream()
                        .filter(rrset -> rrset.name().equals(owner) && rrset.type().equals(type))
                        .findFirst()
                        .map(rrset -> new WebRecords.RrSet(owner, type, rrset.ttl(), enabledContents(rrset)))
                        .orElse(new WebRecords.RrSet(owner, type, config.defaultTtl(), List.of())));
            }
        }
        return new WebRecords(saved);
    }

    private static List<String> enabledContents(PdnsRrSet rrset) {
        // A disabled record is not served, so it is not part of the web access being stopped.
        return rrset.records().stream()
                .filter(record -> !Boolean.TRUE.equals(record.disabled()))
                .map(PdnsRrSet.PdnsRecord::content)
                .toList();
    }

    private List<RrSetReplacement> suspensionRecords(ZoneName zone) {
        DnsConfig.Suspension page = config.suspension();
        InetAddress ipv4 = configuredAddress(page.ipv4(), Address.IPv4);
        Optional<InetAddress> ipv6 = page.ipv6().map(address -> configuredAddress(address, Address.IPv6));
        List<RrSetReplacement> replacements = new ArrayList<>();
        for (String owner : WebRecords.owners(zone)) {
            Name name = Name.fromConstantString(owner);
            replacements.add(new RrSetReplacement(name, Type.A,
                    List.of(new ARecord(name, DClass.IN, page.ttl(), ipv4))));
            replacements.add(ipv6
                    .map(address -> new RrSetReplacement(name, Type.AAAA,
                            List.<Record>of(new AAAARecord(name, DClass.IN, page.ttl(), address))))
                    .orElse(RrSetReplacement.deletion(name, Type.AAAA)));
        }
        return replacements;
    }

    private static InetAddress configuredAddress(String literal, int family) {
        try {
            return Address.getByAddress(literal, family);
        } catch (UnknownHostException notALiteral) {
            throw new IllegalStateException("registrar.dns.suspension: not an address literal: " + literal);
        }
    }
}
