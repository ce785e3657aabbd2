package com.ophos.registrar.dns;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.hasItem;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import com.ophos.registrar.dns.powerdns.PowerDns;
import com.ophos.registrar.dns.powerdns.PowerDnsException;
import com.ophos.registrar.dns.powerdns.PowerDnsRejectedException;
import com.ophos.registrar.dns.powerdns.PowerDnsUnavailableException;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The PowerDNS client's typed errors, against a stubbed API (a real PowerDNS rarely fails this way). */
@QuarkusTest
@TestProfile(PowerDnsApiStubProfile.class)
class PowerDnsApiErrorsTest {
    private static final String SERVER = "/api/v1/servers/localhost";
    private static final String JSON = "application/json";

    WireMockServer wireMock;

    @Inject
    PowerDns powerDns;

    @Inject
    ZoneProvisioning provisioning;

    @Inject
    MeterRegistry meters;

    @BeforeEach
    void resetStubs() {
        wireMock.resetAll();
    }

    @Test
    void unprocessableZoneIsRejectedWithPowerDnsReasonAndCountedAsFailure() {
        stubFreshKeyAndAbsentZone("rejected.com.");
        wireMock.stubFor(post(urlEqualTo(SERVER + "/zones")).willReturn(aResponse().withStatus(422)
                .withHeader("Content-Type", JSON)
                .withBody("{\"error\": \"Nameserver is not canonical: 'ns1.ophos.net'\"}")));
        double failuresBefore = meters.counter("registrar.dns.failures", "operation", "provision").count();

        assertThatThrownBy(() -> provisioning.provision(TestDomains.order("rejected.com")))
                .isInstanceOf(PowerDnsRejectedException.class)
                .hasMessageContaining("422")
                .hasMessageContaining("Nameserver is not canonical")
                .satisfies(e -> assertThat(((PowerDnsException) e).status()).isEqualTo(422));
        assertThat(meters.counter("registrar.dns.failures", "operation", "provision").count())
                .isEqualTo(failuresBefore + 1);
    }

    @Test
    void serverErrorIsUnavailable() {
        wireMock.stubFor(get(urlEqualTo(SERVER + "/zones/down.com.")).willReturn(aResponse().withStatus(503)
                .withHeader("Content-Type", JSON).withBody("{\"error\": \"Backend unavailable\"}")));

        assertThatThrownBy(() -> powerDns.zone("down.com."))
                .isInstanceOf(PowerDnsUnavailableException.class)
                .hasMessageContaining("Backend unavailable")
                .satisfies(e -> assertThat(((PowerDnsException) e).status()).isEqualTo(503));
    }

    @Test
    void slowAnswerIsUnavailableAfterTheReadTimeout() {
        wireMock.stubFor(get(urlEqualTo(SERVER + "/zones/slow.com.")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", JSON).withBody("{\"name\": \"slow.com.\"}").withFixedDelay(9000)));

        long start = System.nanoTime();
        assertThatThrownBy(() -> powerDns.zone("slow.com."))
                .isInstanceOf(PowerDnsUnavailableException.class)
                .satisfies(e -> assertThat(((PowerDnsException) e).status()).isZero());
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(8000);
    }

    @Test
    void connectionResetIsUnavailable() {
        wireMock.stubFor(get(urlEqualTo(SERVER + "/tsigkeys/reset.com.")).willReturn(aResponse()
                .withFault(Fault.CONNECTION_RESET_BY_PEER)));

        assertThatThrownBy(() -> powerDns.tsigKey("reset.com.")).isInstanceOf(PowerDnsUnavailableException.class);
    }

    @Test
    void wrongApiKeyIsAPlainPowerDnsErrorAndTheKeyIsSent() {
        wireMock.stubFor(get(urlEqualTo(SERVER + "/zones")).willReturn(aResponse().withStatus(401)
                .withBody("Unauthorized")));

        assertThatThrownBy(() -> powerDns.zones())
                .isExactlyInstanceOf(PowerDnsException.class)
                .satisfies(e -> assertThat(((PowerDnsException) e).status()).isEqualTo(401))
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(PowerDnsApiStub.API_KEY));
        wireMock.verify(getRequestedFor(urlEqualTo(SERVER + "/zones"))
                .withHeader("X-API-Key", equalTo(PowerDnsApiStub.API_KEY)));
    }

    @Test
    void zoneCreatedMeanwhileByAnotherCallIsTakenAsExisting() {
        stubFreshKeyAndAbsentZone("raced.com.");
        wireMock.stubFor(post(urlEqualTo(SERVER + "/zones")).willReturn(aResponse().withStatus(409)
                .withHeader("Content-Type", JSON).withBody("{\"error\": \"Domain 'raced.com.' already exists\"}")));
        wireMock.stubFor(put(urlPathMatching(SERVER + "/zones/raced\\.com\\..*")).willReturn(aResponse().withStatus(204)));

        ProvisionedZone provisioned = provisioning.provision(TestDomains.order("raced.com"));

        assertThat(provisioned.created()).isFalse();
    }

    @Test
    void healthShowsPowerDnsDownWhenItsApiFails() {
        wireMock.stubFor(get(urlEqualTo(SERVER)).willReturn(aResponse().withStatus(500).withBody("oops")));

        given().get("/q/health/well").then().statusCode(503)
                .body("checks.name", hasItem("powerdns"))
                .body("checks.find { it.name == 'powerdns' }.status", org.hamcrest.Matchers.equalTo("DOWN"));
        given().get("/q/health/ready").then().statusCode(200);
    }

    @Test
    void healthShowsPowerDnsUpWhenItsApiAnswers() {
        wireMock.stubFor(get(urlEqualTo(SERVER)).willReturn(aResponse().withStatus(200).withHeader("Content-Type", JSON)
                .withBody("{\"id\": \"localhost\", \"daemon_type\": \"authoritative\", \"version\": \"4.7.3\"}")));

        given().get("/q/health/well").then().statusCode(200)
                .body("checks.find { it.name == 'powerdns' }.data.version", org.hamcrest.Matchers.equalTo("4.7.3"));
    }

    private void stubFreshKeyAndAbsentZone(String zone) {
        wireMock.stubFor(get(urlEqualTo(SERVER + "/tsigkeys/" + zone)).willReturn(aResponse().withStatus(404)
                .withBody("Not Found")));
        wireMock.stubFor(post(urlEqualTo(SERVER + "/tsigkeys")).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", JSON)
                .withBody("{\"id\": \"" + zone + "\", \"name\": \"" + zone + "\", \"algorithm\": \"hmac-sha256\","
                        + " \"key\": \"c2VjcmV0\"}")));
        wireMock.stubFor(get(urlEqualTo(SERVER + "/zones/" + zone)).willReturn(aResponse().withStatus(404)
                .withBody("Not Found")));
    }
}
