package com.ophos.registrar.dns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ophos.registrar.common.NotFoundProblem;
import com.ophos.registrar.dns.ZoneRelease.UnexportedZoneException;
import com.ophos.registrar.dns.powerdns.PowerDns;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.xbill.DNS.Master;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.Type;

@QuarkusTest
@TestProfile(PowerDnsTestProfile.class)
@ExtendWith(RequiresPowerDns.class)
class ZoneReleaseTest {

    @Inject
    ZoneProvisioning provisioning;

    @Inject
    ZoneRelease release;

    @Inject
    ZoneArchives archives;

    @Inject
    PowerDns powerDns;

    @Inject
    AuthoritativeServer server;

    @Inject
    MeterRegistry meters;

    @Test
    void releaseArchivesEveryRecordThenDeletesZoneAndKeyAndTheServerRefusesIt() throws Exception {
        String domain = TestDomains.fresh("release");
        ZoneName zone = provisioning.provision(TestDomains.order(domain)).zone();
        int recordsAtPowerDns = powerDns.zone(zone.value()).orElseThrow().rrsetsOrEmpty().stream()
                .mapToInt(rrset -> rrset.records().size()).sum();
        double releasedBefore = meters.counter("registrar.dns.zones.released").count();

        ZoneArchive archive = release.release(domain, 42L);

        assertThat(archive.zoneName).isEqualTo(zone.value());
        assertThat(archive.domain).isEqualTo(domain);
        assertThat(archive.contractId).isEqualTo(42L);
        assertThat(archive.recordCount).isEqualTo(recordsAtPowerDns);
        assertThat(parse(zone, archive.exportedText)).hasSize(recordsAtPowerDns)
                .extracting(Record::rdataToString).containsAll(TestDomains.WEB_IPV4);
        assertThat(archive.sha256).isEqualTo(ZoneExporter.sha256(archive.exportedText));
        assertThat(archive.released()).isTrue();
        assertThat(archives.latest(zone)).map(stored -> stored.exportedText).hasValue(archive.exportedText);
        assertThat(powerDns.zone(zone.value())).isEmpty();
        assertThat(powerDns.tsigKey(zone.value())).isEmpty();
        assertThat(server.query(zone.name(), Type.A).getRcode()).isEqualTo(Rcode.REFUSED);
        assertThat(meters.counter("registrar.dns.zones.released").count()).isEqualTo(releasedBefore + 1);
    }

    @Test
    void releasingAReleasedZoneReturnsItsArchive() {
        String domain = TestDomains.fresh("rerelease");
        provisioning.provision(TestDomains.order(domain));
        ZoneArchive first = release.release(domain, 7L);

        ZoneArchive second = release.release(domain, 7L);

        assertThat(second.id).isEqualTo(first.id);
        assertThat(second.releasedAt).isEqualTo(first.releasedAt);
    }

    @Test
    void zoneThatCannotBeExportedIsNotDeleted() {
        String domain = TestDomains.fresh("noexport");
        ZoneName zone = provisioning.provision(TestDomains.order(domain)).zone();
        powerDns.setAxfrKeys(zone.value(), List.of());

        assertThatThrownBy(() -> release.release(domain, 8L))
                .isInstanceOf(UnexportedZoneException.class)
                .hasMessageContaining("R21");

        assertThat(powerDns.zone(zone.value())).isPresent();
        assertThat(powerDns.tsigKey(zone.value())).isPresent();
        assertThat(archives.latest(zone)).isEmpty();
        assertThat(server.query(zone.name(), Type.A).getRcode()).isEqualTo(Rcode.NOERROR);
    }

    @Test
    void zoneNeverProvisionedIsNotFound() {
        assertThatThrownBy(() -> release.release(TestDomains.fresh("unknown"), null))
                .isInstanceOf(NotFoundProblem.class);
    }

    private static List<Record> parse(ZoneName zone, String masterFile) throws Exception {
        List<Record> records = new java.util.ArrayList<>();
        try (Master master = new Master(new ByteArrayInputStream(masterFile.getBytes(StandardCharsets.UTF_8)), zone.name())) {
            for (Record record = master.nextRecord(); record != null; record = master.nextRecord()) {
                records.add(record);
            }
        }
        return records;
    }
}
