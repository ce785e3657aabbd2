package com.ophos.registrar.dns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ophos.registrar.dns.DnsUpdater.UpdateRefusedException;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.xbill.DNS.ARecord;
import org.xbill.DNS.Address;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Name;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.Section;
import org.xbill.DNS.TSIG;
import org.xbill.DNS.Type;

@QuarkusTest
@TestProfile(PowerDnsTestProfile.class)
@ExtendWith(RequiresPowerDns.class)
class DnsUpdaterTest {

    @Inject
    ZoneProvisioning provisioning;

    @Inject
    DnsUpdater updater;

    @Inject
    ZoneKeys keys;

    @Inject
    AuthoritativeServer server;

    @Test
    void updateSignedWithTheZoneKeyIsApplied() throws Exception {
        ZoneName zone = provisioning.provision(TestDomains.order(TestDomains.fresh("update"))).zone();
        Name www = Name.fromConstantString(zone.child("www"));

        updater.replace(zone, List.of(new RrSetReplacement(www, Type.A, List.of(a(www, "198.51.100.7")))));

        assertThat(addresses(www)).containsExactly("198.51.100.7");
    }

    @Test
    void unsignedUpdateIsRefusedAndChangesNothing() throws Exception {
        ZoneName zone = provisioning.provision(TestDomains.order(TestDomains.fresh("unsigned"))).zone();
        Name www = Name.fromConstantString(zone.child("www"));

        assertThatThrownBy(() -> updater.send(zone,
                List.of(new RrSetReplacement(www, Type.A, List.of(a(www, "198.51.100.8")))), null))
                .isInstanceOf(UpdateRefusedException.class)
                .satisfies(e -> assertThat(((UpdateRefusedException) e).rcode()).isEqualTo(Rcode.REFUSED));
        assertThat(addresses(www)).containsExactlyInAnyOrderElementsOf(TestDomains.WEB_IPV4);
    }

    @Test
    void updateSignedWithAWrongSecretIsRefusedAndChangesNothing() throws Exception {
        ZoneName zone = provisioning.provision(TestDomains.order(TestDomains.fresh("wrongkey"))).zone();
        Name www = Name.fromConstantString(zone.child("www"));
        String wrongSecret = Base64.getEncoder().encodeToString(new byte[32]);
        TSIG forged = new TSIG(TSIG.HMAC_SHA256, zone.name(), wrongSecret);

        assertThatThrownBy(() -> updater.send(zone,
                List.of(new RrSetReplacement(www, Type.A, List.of(a(www, "198.51.100.9")))), forged))
                .isInstanceOf(UpdateRefusedException.class)
                .satisfies(e -> assertThat(((UpdateRefusedException) e).rcode()).isIn(Rcode.REFUSED, Rcode.NOTAUTH));
        assertThat(addresses(www)).containsExactlyInAnyOrderElementsOf(TestDomains.WEB_IPV4);
    }

    @Test
    void anotherZonesKeyCannotUpdateThisZone() throws Exception {
        ZoneName zone = provisioning.provision(TestDomains.order(TestDomains.fresh("victim"))).zone();
        ZoneName other = provisioning.provision(TestDomains.order(TestDomains.fresh("other"))).zone();
        Name www = Name.fromConstantString(zone.child("www"));

        assertThatThrownBy(() -> updater.send(zone,
                List.of(new RrSetReplacement(www, Type.A, List.of(a(www, "198.51.100.10")))), keys.tsig(other)))
                .isInstanceOf(UpdateRefusedException.class);
        assertThat(addresses(www)).containsExactlyInAnyOrderElementsOf(TestDomains.WEB_IPV4);
    }

    private static Record a(Name owner, String address) throws Exception {
        return new ARecord(owner, DClass.IN, 600, Address.getByAddress(address, Address.IPv4));
    }

    private List<String> addresses(Name owner) {
        return server.query(owner, Type.A).getSection(Section.ANSWER).stream()
                .filter(record -> record.getType() == Type.A)
                .map(Record::rdataToString)
                .toList();
    }
}
