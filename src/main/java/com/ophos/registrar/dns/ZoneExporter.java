package com.ophos.registrar.dns;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.xbill.DNS.Master;
import org.xbill.DNS.Record;
import org.xbill.DNS.TSIG;
import org.xbill.DNS.Type;
import org.xbill.DNS.ZoneTransferException;
import org.xbill.DNS.ZoneTransferIn;

/**
 * Exports a customer zone by AXFR signed with the zone's TSIG key (PowerDNS refuses unsigned
 * transfers), and checks that the text it produces parses back to the same number of records, so
 * that an archive is only ever made of a complete, readable zone (R15, R21).
 */
@ApplicationScoped
public class ZoneExporter {
    private final AuthoritativeServer server;
    private final ZoneKeys keys;
    private final DnsConfig config;
    private final DnsMetrics metrics;

    public ZoneExporter(AuthoritativeServer server, ZoneKeys keys, DnsConfig config, DnsMetrics metrics) {
        this.server = server;
        this.keys = keys;
        this.config = config;
        this.metrics = metrics;
    }

    public ZoneExport export(ZoneName zone) {
        try {
            ZoneExport export = export(zone, keys.tsig(zone));
            metrics.exported();
            return export;
        } catch (RuntimeException failure) {
            metrics.failed("export");
            throw failure;
        }
    }

    /** Transfers the zone signing with {@code key}, or unsigned when it is null. */
    ZoneExport export(ZoneName zone, TSIG key) {
        List<Record> records = transfer(zone, key);
        if (records.isEmpty() || records.get(0).getType() != Type.SOA) {
            throw new ZoneExportFailedException(zone, "the transfer did not start with the zone's SOA");
        }
        StringBuilder masterFile = new StringBuilder();
        for (Record record : records) {
            masterFile.append(record).append('\n');
        }
        String text = masterFile.toString();
        int parsed = countParsedRecords(zone, text);
        if (parsed != records.size()) {
            throw new ZoneExportFailedException(zone,
                    "the exported text parses to " + parsed + " records instead of " + records.size());
        }
        return new ZoneExport(zone, text, records.size(), sha256(text));
    }

    private List<Record> transfer(ZoneName zone, TSIG key) {
        ZoneTransferIn axfr = ZoneTransferIn.newAXFR(zone.name(), server.address(), key);
        axfr.setTimeout(config.timeout());
        try {
            axfr.run();
        } catch (ZoneTransferException refused) {
            throw new ZoneExportFailedException(zone, "AXFR refused: " + refused.getMessage());
        } catch (IOException noAnswer) {
            throw new ZoneExportFailedException(zone, "AXFR from " + server.address() + " failed: " + noAnswer);
        }
        return withoutClosingSoa(axfr.getAXFR());
    }

    /** AXFR frames the zone between two copies of its SOA; the zone itself holds one. */
    private static List<Record> withoutClosingSoa(List<Record> transferred) {
        int last = transferred.size() - 1;
        if (last > 0 && transferred.get(last).getType() == Type.SOA && transferred.get(last).equals(transferred.get(0))) {
            return transferred.subList(0, last);
        }
        return transferred;
    }

    private static int countParsedRecords(ZoneName zone, String text) {
        int count = 0;
        try (Master master = new Master(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), zone.name())) {
            master.disableIncludes();
            while (master.nextRecord() != null) {
                count++;
            }
        } catch (IOException unparsable) {
            throw new ZoneExportFailedException(zone, "the exported text does not parse: " + unparsable.getMessage());
        }
        return count;
    }

    static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException everyJvmHasIt) {
            throw new IllegalStateException(everyJvmHasIt);
        }
    }

    /** No complete export could be made; nothing may be deleted on the strength of it (R21). */
    public static class ZoneExportFailedException extends DnsOperationException {
        ZoneExportFailedException(ZoneName zone, String reason) {
            super("export of zone " + zone + " failed: " + reason);
        }
    }
}
