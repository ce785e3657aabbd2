package com.ophos.registrar.dispute;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.ophos.registrar.dispute.DisputeFixtures.Managed;
import com.ophos.registrar.dns.AuthoritativeServer;
import com.ophos.registrar.dns.RequiresPowerDns;
import com.ophos.registrar.dns.ZoneOrder;
import com.ophos.registrar.dns.ZoneProvisioning;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.Record;
import org.xbill.DNS.Section;
import org.xbill.DNS.Type;

/** R3/R22 web access stopped and restored on the company's real DNS (a private PowerDNS). */
@QuarkusTest
@TestProfile(DisputeTestProfile.class)
@ExtendWith(RequiresPowerDns.class)
class DisputeDnsTest {
    static final String SITE = "192.0.2.10";
    /** registrar.dns.suspension.ipv4 */
    static final String SUSPENSION_PAGE = "127.0.0.9";

    @Inject
    DisputeFixtures fixtures;

    @Inject
    ZoneProvisioning provisioning;

    @Inject
    AuthoritativeServer server;

    @Test
    void stopWebPointsTheSiteToTheSuspensionPageAndRejectPutsItBack() {
        Managed name = fixtures.managed("dnsweb");
        provisioning.provision(new ZoneOrder(name.domain(), null, List.of(SITE), List.of()));
        long id = given().auth().preemptive().basic("support", "support").contentType(ContentType.JSON).body("""
                {"domain":"%s","kind":"THIRD_PARTY_CLAIM","claimant":"Claimant SA","grounds":"TM",
                 "deadline":"%s","reason":"letter"}""".formatted(name.domain(),
                Instant.now().plus(10, ChronoUnit.DAYS))).post("/api/v1/disputes")
                .then().statusCode(201).extract().jsonPath().getLong("id");

        JsonPath stopped = act(id, "{\"action\":\"stop-web\",\"reason\":\"Decision\",\"channels\":[\"REGISTRY_HOLD\",\"DNS\"]}");

        assertThat(stopped.getString("state")).isEqualTo("WEB_STOPPED");
        assertThat(stopped.getBoolean("dnsSuspended")).isTrue();
        assertThat(addresses(name.domain())).containsExactly(SUSPENSION_PAGE);
        assertThat(addresses("www." + name.domain())).containsExactly(SUSPENSION_PAGE);
        assertThat(name.statuses()).contains("clientHold");

        JsonPath rejected = act(id, "{\"action\":\"reject\",\"reason\":\"Claim withdrawn\"}");

        assertThat(rejected.getString("state")).isEqualTo("REJECTED");
        assertThat(rejected.getBoolean("dnsSuspended")).isFalse();
        assertThat(addresses(name.domain())).containsExactly(SITE);
        assertThat(name.statuses()).isEmpty();
        assertThat(rejected.getList("timeline.command", String.class)).contains("dns:web-stop", "dns:web-restore");
    }

    @Test
    void aNameWhoseZoneIsElsewhereIsStoppedByTheRegistryHoldAlone() {
        Managed name = fixtures.managed("dnselsewhere");
        long id = given().auth().preemptive().basic("support", "support").contentType(ContentType.JSON).body("""
                {"domain":"%s","kind":"ILLEGAL_CONTENT","grounds":"Malware","reason":"CERT report"}"""
                .formatted(name.domain())).post("/api/v1/disputes").then().statusCode(201).extract().jsonPath().getLong("id");

        JsonPath stopped = act(id, "{\"action\":\"stop-web\",\"reason\":\"Illegal content (R22)\"}");

        assertThat(stopped.getString("state")).isEqualTo("WEB_STOPPED");
        assertThat(stopped.getBoolean("dnsSuspended")).isFalse();
        assertThat(name.statuses()).containsExactly("clientHold");
        assertThat(stopped.getList("timeline.detail", String.class)).anyMatch(d -> d != null && d.startsWith("not suspended"));
    }

    private static JsonPath act(long id, String body) {
        return given().auth().preemptive().basic("support", "support").contentType(ContentType.JSON).body(body)
                .post("/api/v1/disputes/" + id + "/actions").then().statusCode(200).extract().jsonPath();
    }

    private List<String> addresses(String owner) {
        Message answer = server.query(Name.fromConstantString(owner + "."), Type.A);
        return answer.getSection(Section.ANSWER).stream().filter(r -> r.getType() == Type.A)
                .map(Record::rdataToString).toList();
    }
}
