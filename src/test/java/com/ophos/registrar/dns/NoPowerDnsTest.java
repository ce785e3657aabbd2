package com.ophos.registrar.dns;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;

import com.ophos.registrar.dns.powerdns.PowerDnsUnavailableException;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** Without PowerDNS the gateway starts; DNS operations fail and the wellness check says so. */
@QuarkusTest
@TestProfile(NoPowerDnsProfile.class)
class NoPowerDnsTest {

    @Inject
    ZoneProvisioning provisioning;

    @Inject
    ZoneRelease release;

    @Test
    void gatewayStartsAndHealthShowsPowerDnsDown() {
        given().get("/q/health/live").then().statusCode(200);
        given().get("/q/health/well").then().statusCode(503)
                .body("checks.find { it.name == 'powerdns' }.status", equalTo("DOWN"));
    }

    @Test
    void dnsOperationsFailAsUnavailable() {
        assertThatThrownBy(() -> provisioning.provision(TestDomains.order("offline.com")))
                .isInstanceOf(PowerDnsUnavailableException.class);
        assertThatThrownBy(() -> release.release("offline.com", 1L))
                .isInstanceOf(PowerDnsUnavailableException.class);
    }
}
