package com.ophos.registrar.dns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ophos.registrar.common.InvalidInputException;
import com.ophos.registrar.dns.powerdns.PdnsTsigKey;
import com.ophos.registrar.dns.powerdns.PowerDns;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.xbill.DNS.Flags;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.SOARecord;
import org.xbill.DNS.Section;
import org.xbill.DNS.Type;

@QuarkusTest
@TestProfile(PowerDnsTestProfile.class)
@ExtendWith(RequiresPowerDns.class)
class ZoneProvisioningTest {

    @Inject
    ZoneProvisioning provisioning;

    @Inject
    AuthoritativeServer server;

    @Inject
    PowerDns powerDns;

    @Inject
    MeterRegistry meters;

    @Test
    void provisionedZoneAnswersForApexWwwAndNameservers() {
        String domain = TestDomains.fresh("provision");
        double provisionedBefore = meters.counter("registrar.dns.zones.provisioned").count();

        ProvisionedZone provisioned = provisioning.provision(TestDomains.order(domain));

        assertThat(provisioned.created()).isTrue();
        assertThat(meters.counter("registrar.dns.zones.provisioned").count()).isEqualTo(provisionedBefore + 1);
        assertThat(provisioned.zone().value()).isEqualTo(domain + ".");
        assertThat(answers(domain + ".", Type.A)).containsExactlyInAnyOrder("192.0.2.10", "192.0.2.11");
        assertThat(answers(domain + ".", Type.AAAA)).containsExactly(TestDomains.dnsjavaForm("2001:db8::10"));
        assertThat(answers("www." + domain + ".", Type.A)).containsExactlyInAnyOrder("192.0.2.10", "192.0.2.11");
        assertThat(answers("www." + domain + ".", Type.AAAA)).containsExactly(TestDomains.dnsjavaForm("2001:db8::10"));
        assertThat(answers(domain + ".", Type.NS)).containsExactlyInAnyOrder("ns1.ophos.net.", "ns2.ophos.net.");
        Message soa = server.query(Name.fromConstantString(domain + "."), Type.SOA);
        assertThat(soa.getHeader().getFlag(Flags.AA)).isTrue();
        SOARecord soaRecord = (SOARecord) soa.getSection(Section.ANSWER).get(0);
        assertThat(soaRecord.getAdmin().toString()).isEqualTo("hostmaster.ophos.net.");
        assertThat(soaRecord.getHost().toString()).isEqualTo("ns1.ophos.net.");
    }

    @Test
    void provisionedZoneHasItsOwnKeyGrantedForTransferAndUpdate() {
        String zone = provisioning.provision(TestDomains.order(TestDomains.fresh("grants"))).zone().value();

        assertThat(powerDns.tsigKey(zone)).map(PdnsTsigKey::algorithm).hasValue("hmac-sha256");
        assertThat(powerDns.zone(zone).orElseThrow().masterTsigKeyIds()).containsExactly(zone);
        assertThat(powerDns.metadata(zone, PowerDns.ALLOW_DNSUPDATE)).containsExactly(zone);
    }

    @Test
    void provisioningTwiceKeepsTheZoneItsRecordsAndItsKey() {
        String domain = TestDomains.fresh("twice");
        ZoneName zone = provisioning.provision(TestDomains.order(domain)).zone();
        String secret = powerDns.tsigKey(zone.value()).orElseThrow().key();
        double provisionedBefore = meters.counter("registrar.dns.zones.provisioned").count();

        ProvisionedZone again = provisioning.provision(new ZoneOrder(domain, 42L, List.of("198.51.100.1"), List.of()));

        assertThat(again).isEqualTo(new ProvisionedZone(zone, false));
        assertThat(answers(zone.value(), Type.A)).containsExactlyInAnyOrder("192.0.2.10", "192.0.2.11");
        assertThat(powerDns.tsigKey(zone.value()).orElseThrow().key()).isEqualTo(secret);
        assertThat(meters.counter("registrar.dns.zones.provisioned").count()).isEqualTo(provisionedBefore);
    }

    @Test
    void unicodeDomainBecomesItsAsciiZone() {
        String label = TestDomains.fresh("café").replace(".com", "");

        ProvisionedZone provisioned = provisioning.provision(new ZoneOrder(label + ".fr", null, List.of("192.0.2.20"), List.of()));

        assertThat(provisioned.zone().value()).startsWith("xn--").endsWith(".fr.");
        assertThat(answers(provisioned.zone().value(), Type.A)).containsExactly("192.0.2.20");
    }

    @Test
    void badAddressIsRefusedBeforeAnythingReachesPowerDns() {
        String domain = TestDomains.fresh("badaddress");

        assertThatThrownBy(() -> provisioning.provision(new ZoneOrder(domain, 1L, List.of("192.0.2.300"), List.of())))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).fields()).containsExactly("ipv4"));
        assertThat(powerDns.zone(domain + ".")).isEmpty();
        assertThat(powerDns.tsigKey(domain + ".")).isEmpty();
    }

    private List<String> answers(String name, int type) {
        Message answer = server.query(Name.fromConstantString(name), type);
        assertThat(answer.getRcode()).isEqualTo(Rcode.NOERROR);
        return answer.getSection(Section.ANSWER).stream()
                .filter(record -> record.getType() == type)
                .map(Record::rdataToString)
                .toList();
    }
}
