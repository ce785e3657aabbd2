package com.ophos.registrar.dns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ophos.registrar.dns.ZoneExporter.ZoneExportFailedException;
import com.ophos.registrar.dns.powerdns.PdnsRrSet;
import com.ophos.registrar.dns.powerdns.PowerDns;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.xbill.DNS.Master;
import org.xbill.DNS.Record;
import org.xbill.DNS.Type;

@QuarkusTest
@TestProfile(PowerDnsTestProfile.class)
@ExtendWith(RequiresPowerDns.class)
class ZoneExporterTest {

    @Inject
    ZoneProvisioning provisioning;

    @Inject
    ZoneExporter exporter;

    @Inject
    PowerDns powerDns;

    @Inject
    MeterRegistry meters;

    @Test
    void unsignedTransferIsRefused() {
        ZoneName zone = provisioning.provision(TestDomains.order(TestDomains.fresh("axfr-unsigned"))).zone();

        assertThatThrownBy(() -> exporter.export(zone, null))
                .isInstanceOf(ZoneExportFailedException.class)
                .hasMessageContaining("AXFR");
    }

    @Test
    void signedTransferGivesEveryRecordOfTheZoneAsAMasterFile() throws Exception {
        ZoneName zone = provisioning.provision(TestDomains.order(TestDomains.fresh("axfr"))).zone();
        int recordsAtPowerDns = powerDns.zone(zone.value()).orElseThrow().rrsetsOrEmpty().stream()
                .mapToInt(rrset -> rrset.records().size()).sum();
        double exportedBefore = meters.counter("registrar.dns.zones.exported").count();

        ZoneExport export = exporter.export(zone);

        assertThat(meters.counter("registrar.dns.zones.exported").count()).isEqualTo(exportedBefore + 1);

        List<Record> parsed = parse(zone, export.masterFile());
        assertThat(export.recordCount()).isEqualTo(recordsAtPowerDns).isEqualTo(parsed.size());
        assertThat(parsed.get(0).getType()).isEqualTo(Type.SOA);
        assertThat(parsed).extracting(Record::rdataToString)
                .containsAll(TestDomains.WEB_IPV4)
                .contains("ns1.ophos.net.", "ns2.ophos.net.");
        assertThat(parsed).filteredOn(record -> record.getName().toString().equals(zone.child("www")))
                .hasSize(TestDomains.WEB_IPV4.size() + TestDomains.WEB_IPV6.size());
        assertThat(export.sha256()).isEqualTo(ZoneExporter.sha256(export.masterFile())).hasSize(64);
        List<String> contents = new ArrayList<>();
        powerDns.zone(zone.value()).orElseThrow().rrsetsOrEmpty().stream()
                .filter(rrset -> rrset.type().equals("A"))
                .map(PdnsRrSet::contents)
                .forEach(contents::addAll);
        assertThat(parsed).filteredOn(record -> record.getType() == Type.A)
                .extracting(Record::rdataToString)
                .containsExactlyInAnyOrderElementsOf(contents);
    }

    private static List<Record> parse(ZoneName zone, String masterFile) throws Exception {
        List<Record> records = new ArrayList<>();
        try (Master master = new Master(new ByteArrayInputStream(masterFile.getBytes(StandardCharsets.UTF_8)), zone.name())) {
            for (Record record = master.nextRecord(); record != null; record = master.nextRecord()) {
                records.add(record);
            }
        }
        return records;
    }
}
