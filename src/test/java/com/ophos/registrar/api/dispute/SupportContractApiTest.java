package com.ophos.registrar.api.dispute;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import com.ophos.registrar.common.audit.AuditEvent;
import com.ophos.registrar.dispute.DisputeFixtures;
import com.ophos.registrar.dispute.DisputeFixtures.Managed;
import com.ophos.registrar.dispute.DisputeTestProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Support-only contract actions: duration for breach (R14) and assignment (R24), audited. */
@QuarkusTest
@TestProfile(DisputeTestProfile.class)
class SupportContractApiTest {

    @Inject
    DisputeFixtures fixtures;

    static RequestSpecification asSupport() {
        return given().auth().preemptive().basic("support", "support").contentType(ContentType.JSON);
    }

    @Test
    void supportShortensATermForABreachAndItIsAudited() {
        Managed name = fixtures.managed("breach");
        long contract = fixtures.contract(name);

        asSupport().body("{\"termEndsAt\":\"2026-12-31T00:00:00Z\",\"reason\":\"Spam relay despite two warnings\"}")
                .post("/api/v1/support/contracts/" + contract + "/term")
                .then().statusCode(200).body("termEndsAt", equalTo("2026-12-31T00:00:00Z"));

        List<AuditEvent> audit = fixtures.auditOfSubject("contract:" + contract);
        assertThat(audit).singleElement().satisfies(event -> {
            assertThat(event.actor).isEqualTo("support");
            assertThat(event.action).isEqualTo("support.contract-term");
            assertThat(event.detail).contains("\"rule\":\"R14\"", "Spam relay", "2027-01-02T00:00:00Z", "2026-12-31T00:00:00Z");
        });
    }

    @Test
    void aTermChangeNeedsTheBreachStatedAndTheSupportRole() {
        Managed name = fixtures.managed("breachbad");
        long contract = fixtures.contract(name);

        asSupport().body("{\"termEndsAt\":\"2026-12-31T00:00:00Z\"}").post("/api/v1/support/contracts/" + contract + "/term")
                .then().statusCode(400).body("fields", hasItem("reason"));
        given().auth().preemptive().basic("frontend", "frontend").contentType(ContentType.JSON)
                .body("{\"termEndsAt\":\"2026-12-31T00:00:00Z\",\"reason\":\"x\"}")
                .post("/api/v1/support/contracts/" + contract + "/term").then().statusCode(403);
        assertThat(fixtures.auditOfSubject("contract:" + contract)).isEmpty();
    }

    @Test
    void aContractIsAssignedToAnotherCustomerWithItsDomains() {
        Managed name = fixtures.managed("assign");
        long contract = fixtures.contract(name);
        long assignee = fixtures.customer("buyer@example.org");

        asSupport().body("{\"customerId\":" + assignee + ",\"reason\":\"Business sold, deed of 2026-11-02\"}")
                .post("/api/v1/support/contracts/" + contract + "/assignment")
                .then().statusCode(200).body("customerId", equalTo((int) assignee));

        assertThat(fixtures.domainCustomer(name.domain())).isEqualTo(assignee);
        assertThat(fixtures.auditOfSubject("contract:" + contract)).singleElement()
                .satisfies(event -> assertThat(event.detail).contains("\"rule\":\"R24\"", name.domain(),
                        "\"fromCustomer\":" + name.customerId()));
        asSupport().body("{\"customerId\":999999999,\"reason\":\"x\"}")
                .post("/api/v1/support/contracts/" + contract + "/assignment").then().statusCode(404);
    }
}
