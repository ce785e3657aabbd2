package com.ophos.registrar.jobs;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import com.ophos.registrar.common.audit.AuditEvent;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/** Manual runs through the API (roles scheduler and support), followed to the end; reconciliation finds a drift. */
@QuarkusTest
@TestProfile(JobsTestProfile.class)
class RunResourceTest {

    @Inject
    RunFixtures fixtures;

    @Test
    @TestSecurity(user = "ops", roles = "scheduler")
    void aManualReconciliationRunIsAcceptedFollowedAndRecordsDrift() {
        long customer = fixtures.customer("drift@example.test");
        String drifted = RunFixtures.fresh("drift", "org");
        Instant ours = Instant.parse("2027-03-01T00:00:00Z");
        fixtures.domain(drifted, "generic", customer, null, ours);
        fixtures.registry("generic").hold(drifted, Instant.parse("2028-03-01T00:00:00Z"));

        String location = given().when().post("/api/v1/runs/reconciliation")
                .then().statusCode(202)
                .header("Location", matchesPattern(".*/api/v1/runs/\\d+$"))
                .body("kind", equalTo("reconciliation"))
                .extract().header("Location");

        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() ->
                "finished".equals(given().get(location).then().statusCode(200).extract().path("state")));
        List<String> items = given().get(location).then().extract().path("outcomes.item");
        assertThat(items).contains(drifted);
        String detail = given().get(location).then().extract()
                .path("outcomes.find { it.item == '" + drifted + "' }.detail");
        assertThat(detail).startsWith("drift: ").contains("expiry");
        given().get(location).then().body("progress", equalTo(1.0f));
        assertThat(QuarkusTransaction.requiringNew().call(() ->
                AuditEvent.count("subject = ?1 and action = ?2", "domain:" + drifted, "domain.drift"))).isEqualTo(1);
        List<Integer> ids = given().queryParam("kind", "reconciliation").get("/api/v1/runs").then().statusCode(200)
                .extract().path("id");
        assertThat(location).endsWith("/" + ids.get(0));
    }

    @Test
    @TestSecurity(user = "jane", roles = "customer")
    void customersCannotStartRuns() {
        given().when().post("/api/v1/runs/renewal").then().statusCode(403);
        given().when().get("/api/v1/runs").then().statusCode(403);
    }
}
