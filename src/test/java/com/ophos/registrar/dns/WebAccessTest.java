package com.ophos.registrar.dns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ophos.registrar.common.InvalidInputException;
import com.ophos.registrar.common.NotFoundProblem;
import com.ophos.registrar.dns.powerdns.PdnsRrSet;
import com.ophos.registrar.dns.powerdns.PowerDns;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.Section;
import org.xbill.DNS.Type;

@QuarkusTest
@TestProfile(PowerDnsTestProfile.class)
@ExtendWith(RequiresPowerDns.class)
class WebAccessTest {

    @Inject
    ZoneProvisioning provisioning;

    @Inject
    WebAccess webAccess;

    @Inject
    PowerDns powerDns;

    @Inject
    AuthoritativeServer server;

    @Test
    void stopPointsApexAndWwwToTheSuspensionPageAndRestorePutsBackExactlyWhatWasThere() {
        String domain = TestDomains.fresh("dispute");
        ZoneName zone = provisioning.provision(TestDomains.order(domain)).zone();
        List<PdnsRrSet> before = rrsets(zone);

        WebAccessSuspension suspension = webAccess.stop(domain, "R3: third-party claim, case 17");

        assertThat(suspension.isActive()).isTrue();
        assertThat(suspension.reason).isEqualTo("R3: third-party claim, case 17");
        for (String owner : List.of(zone.value(), zone.child("www"))) {
            assertThat(answers(owner, Type.A)).containsExactly("127.0.0.9");
            assertThat(answers(owner, Type.AAAA)).isEmpty();
        }
        assertThat(answers(zone.value(), Type.NS)).hasSize(2);

        WebAccessSuspension restored = webAccess.restore(domain);

        assertThat(restored.id).isEqualTo(suspension.id);
        assertThat(restored.isActive()).isFalse();
        assertThat(rrsets(zone)).isEqualTo(before);
        assertThat(answers(zone.value(), Type.A)).containsExactlyInAnyOrderElementsOf(TestDomains.WEB_IPV4);
    }

    @Test
    void restoreRemovesWhatTheSuspensionAddedWhereNothingWas() {
        String domain = TestDomains.fresh("ipv4only");
        ZoneName zone = provisioning.provision(new ZoneOrder(domain, 3L, List.of("192.0.2.33"), List.of())).zone();
        List<PdnsRrSet> before = rrsets(zone);

        webAccess.stop(domain, "R22: illegal content reported");
        webAccess.restore(domain);

        assertThat(rrsets(zone)).isEqualTo(before);
    }

    @Test
    void stoppingTwiceKeepsTheFirstSavedRecordsAndRestoringTwiceIsHarmless() {
        String domain = TestDomains.fresh("twice");
        ZoneName zone = provisioning.provision(TestDomains.order(domain)).zone();
        List<PdnsRrSet> before = rrsets(zone);

        WebAccessSuspension first = webAccess.stop(domain, "R3: claim");
        WebAccessSuspension second = webAccess.stop(domain, "R3: claim, again");
        assertThat(second.id).isEqualTo(first.id);
        assertThat(second.savedRecords).isEqualTo(first.savedRecords);

        webAccess.restore(domain);
        WebAccessSuspension again = webAccess.restore(domain);

        assertThat(again.id).isEqualTo(first.id);
        assertThat(rrsets(zone)).isEqualTo(before);
    }

    @Test
    void stopNeedsAReasonAndRestoreNeedsASuspension() {
        String domain = TestDomains.fresh("noreason");
        provisioning.provision(TestDomains.order(domain));

        assertThatThrownBy(() -> webAccess.stop(domain, " "))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).fields()).containsExactly("reason"));
        assertThatThrownBy(() -> webAccess.restore(domain)).isInstanceOf(NotFoundProblem.class);
        assertThat(answers(domain + ".", Type.A)).containsExactlyInAnyOrderElementsOf(TestDomains.WEB_IPV4);
    }

    /** The zone's RRsets other than SOA (whose serial the updates move), in a stable order. */
    private List<PdnsRrSet> rrsets(ZoneName zone) {
        return powerDns.zone(zone.value()).orElseThrow().rrsetsOrEmpty().stream()
                .filter(rrset -> !rrset.type().equals("SOA"))
                .map(rrset -> new PdnsRrSet(rrset.name(), rrset.type(), rrset.ttl(), null,
                        rrset.records().stream().sorted(Comparator.comparing(PdnsRrSet.PdnsRecord::content)).toList()))
                .sorted(Comparator.comparing(PdnsRrSet::name).thenComparing(PdnsRrSet::type))
                .toList();
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
