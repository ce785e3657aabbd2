package com.ophos.registrar.api.dispute;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import com.ophos.registrar.billing.ledger.ChargeKind;
import com.ophos.registrar.billing.ledger.LedgerEntry;
import com.ophos.registrar.common.audit.AuditEvent;
import com.ophos.registrar.dispute.DisputeFixtures;
import com.ophos.registrar.dispute.DisputeFixtures.Managed;
import com.ophos.registrar.dispute.DisputeTestProfile;
import com.ophos.registrar.sandbox.EppCommandType;
import com.ophos.registrar.sandbox.FaultTrigger;
import com.ophos.registrar.sandbox.LoggedCommand;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * R24: a domain (or every domain of a contract) moves between the two registrar accounts configured at
 * the Verisign sandbox ({@code ophos-vrsn} and {@code ophos-vrsn-2}, routed as {@code verisign} and
 * {@code verisign.reseller}) by a transfer between them over EPP/TLS, journaled and audited.
 */
@QuarkusTest
@TestProfile(DisputeTestProfile.class)
class RegistryAccountMoveTest {
    static final String MAIN = "verisign";
    static final String RESELLER = "verisign.reseller";

    @Inject
    DisputeFixtures fixtures;

    static RequestSpecification asSupport() {
        return given().auth().preemptive().basic("support", "support").contentType(ContentType.JSON);
    }

    static io.restassured.response.Response move(String domain, String account, String reason) {
        return asSupport().body("{\"account\":\"" + account + "\",\"reason\":\"" + reason + "\"}")
                .post("/api/v1/support/domains/" + domain + "/registry-account");
    }

    @AfterEach
    void clearRegistryFaults() {
        fixtures.sandbox(MAIN).faults().clear();
    }

    @Test
    void aDomainMovesToTheOtherAccountByATransferTheLosingAccountApproves() {
        Managed name = fixtures.managed("r24move");

        JsonPath moved = move(name.domain(), RESELLER, "Customer joins the reseller programme, ticket 4471")
                .then().statusCode(200).extract().jsonPath();

        assertThat(moved.getString("state")).isEqualTo("DONE");
        assertThat(moved.getString("fromAccount")).isEqualTo(MAIN);
        assertThat(moved.getString("toAccount")).isEqualTo(RESELLER);
        assertThat(name.snapshot().sponsorClientId()).isEqualTo("ophos-vrsn-2");
        assertThat(name.snapshot().pendingTransfer()).isEmpty();
        assertThat(fixtures.domainRow(name.domain()).registryId).isEqualTo(RESELLER);
        assertThat(fixtures.domainAuthCode(name.domain())).as("the core's copy follows the registry")
                .isEqualTo(name.snapshot().authInfo()).isNotEqualTo(DisputeFixtures.INITIAL_AUTH_CODE);
        // At the registry: request by the gaining account (1001), approval by the losing one (1000).
        assertThat(logged(name, moved.getString("requestClTRID"))).singleElement().satisfies(c -> {
            assertThat(c.type()).isEqualTo(EppCommandType.DOMAIN_TRANSFER);
            assertThat(c.clientId()).contains("ophos-vrsn-2");
            assertThat(c.resultCode()).isEqualTo(1001);
        });
        assertThat(logged(name, moved.getString("approveClTRID"))).singleElement().satisfies(c -> {
            assertThat(c.type()).isEqualTo(EppCommandType.DOMAIN_TRANSFER);
            assertThat(c.clientId()).contains("ophos-vrsn");
            assertThat(c.resultCode()).isEqualTo(1000);
        });
        assertThat(moved.getString("requestSvTRID")).startsWith("SBX-");
        assertThat(moved.getString("approveSvTRID")).startsWith("SBX-");
        // The registry charged the gaining account for the transfer: re-billed to the customer once.
        assertThat(transferCharges(name.domain())).singleElement().satisfies(charge -> {
            assertThat(charge.customerId).isEqualTo(name.customerId());
            assertThat(charge.amount).isEqualByComparingTo(new BigDecimal("10.26"));
            assertThat(charge.currency).isEqualTo("USD");
            assertThat(charge.clTRID).isEqualTo(moved.getString("requestClTRID"));
            assertThat(charge.svTRID).isEqualTo(moved.getString("requestSvTRID"));
            assertThat(charge.reference).isEqualTo("account-move-" + moved.getLong("id"));
        });

        List<AuditEvent> audit = fixtures.auditOf(name.domain());
        assertThat(audit).extracting(e -> e.action).containsOnly("support.registry-account");
        assertThat(audit).extracting(e -> e.actor).containsOnly("support");
        assertThat(audit).extracting(e -> step(e.detail)).containsExactly("opened", "auth-code",
                "transfer request by verisign.reseller", "transfer approval by verisign", "done");
        assertThat(audit.get(2).clTRID).isEqualTo(moved.getString("requestClTRID"));
        assertThat(audit.get(2).svTRID).isEqualTo(moved.getString("requestSvTRID"));
        assertThat(audit.get(3).svTRID).isEqualTo(moved.getString("approveSvTRID"));
        assertThat(audit).allSatisfy(e -> assertThat(e.detail).contains("\"rule\":\"R24\"", "ticket 4471")
                .doesNotContain(name.snapshot().authInfo()));

        // From now on the gateway speaks for the name as the new account: a dispute freeze goes through.
        asSupport().body("""
                {"domain":"%s","kind":"THIRD_PARTY_CLAIM","claimant":"X SA","grounds":"TM","deadline":"%s",
                 "reason":"letter"}""".formatted(name.domain(), Instant.now().plus(9, ChronoUnit.DAYS)))
                .post("/api/v1/disputes").then().statusCode(201).body("state", equalTo("FROZEN"));
        assertThat(name.statuses()).contains("clientUpdateProhibited", "clientTransferProhibited");
    }

    @Test
    void refusedMovesNameTheFieldAndRuleAndSendNothing() {
        Managed name = fixtures.managed("r24refused");
        long commandsBefore = name.sandbox().objectCommandsReceived();

        move(name.domain(), RESELLER, " ").then().statusCode(400).body("fields", hasItem("reason"));
        move(name.domain(), "verisign.nope", "x").then().statusCode(422).body("rule", equalTo("R24"))
                .body("fields", hasItem("account"));
        move(name.domain(), "afnic", "x").then().statusCode(422).body("rule", equalTo("R24"));
        move(name.domain(), MAIN, "x").then().statusCode(409).body("rule", equalTo("R24"));
        move("not-managed-" + name.domain(), RESELLER, "x").then().statusCode(404);
        given().auth().preemptive().basic("frontend", "frontend").contentType(ContentType.JSON)
                .body("{\"account\":\"verisign.reseller\",\"reason\":\"x\"}")
                .post("/api/v1/support/domains/" + name.domain() + "/registry-account").then().statusCode(403);
        assertThat(name.sandbox().objectCommandsReceived()).isEqualTo(commandsBefore);

        Managed locked = fixtures.managed("r24locked", "clientTransferProhibited");
        move(locked.domain(), RESELLER, "x").then().statusCode(409).body("rule", equalTo("R24"))
                .body("detail", org.hamcrest.Matchers.containsString("clientTransferProhibited"));
        assertThat(locked.snapshot().sponsorClientId()).isEqualTo("ophos-vrsn");
        assertThat(fixtures.domainRow(locked.domain()).registryId).isEqualTo(MAIN);
    }

    @Test
    void aRefusedTransferRequestLeavesTheMoveOnRecordAndARetryFinishesIt() {
        Managed name = fixtures.managed("r24retry");
        // The registry answers the gaining account's request 2400 without applying it.
        name.sandbox().faults().failCommands(FaultTrigger.next(1, EppCommandType.DOMAIN_TRANSFER));

        JsonPath failed = move(name.domain(), RESELLER, "Reseller programme").then().statusCode(502)
                .body("rule", equalTo("R24")).extract().jsonPath();
        long moveId = failed.getLong("moveId");
        assertThat(name.snapshot().sponsorClientId()).isEqualTo("ophos-vrsn");
        assertThat(fixtures.domainRow(name.domain()).registryId).isEqualTo(MAIN);
        assertThat(fixtures.auditOf(name.domain())).extracting(e -> step(e.detail)).endsWith("request failed");

        JsonPath retried = move(name.domain(), RESELLER, "Reseller programme (retry)").then().statusCode(200)
                .extract().jsonPath();

        assertThat(retried.getLong("id")).as("the journaled move continues").isEqualTo(moveId);
        assertThat(retried.getString("state")).isEqualTo("DONE");
        assertThat(retried.getString("failure")).isNull();
        assertThat(name.snapshot().sponsorClientId()).isEqualTo("ophos-vrsn-2");
        assertThat(fixtures.domainRow(name.domain()).registryId).isEqualTo(RESELLER);
        // The refused request cost nothing; the transfer that went through is charged once.
        assertThat(transferCharges(name.domain())).singleElement()
                .satisfies(charge -> assertThat(charge.svTRID).isEqualTo(retried.getString("requestSvTRID")));
        move(name.domain(), RESELLER, "Reseller programme (again)").then().statusCode(409);
        assertThat(transferCharges(name.domain())).hasSize(1);
    }

    @Test
    void everyDomainOfAContractMovesAndABlockedOneIsReported() {
        Managed first = fixtures.managed("r24contract");
        Managed locked = fixtures.managed("r24contractlocked", "clientTransferProhibited");
        long contract = fixtures.contract(first);
        fixtures.attach(locked, contract);

        JsonPath moved = asSupport().body("{\"account\":\"verisign.reseller\",\"reason\":\"Contract sold to reseller\"}")
                .post("/api/v1/support/contracts/" + contract + "/registry-account").then().statusCode(200)
                .extract().jsonPath();

        assertThat(moved.getList("domain", String.class)).containsExactlyInAnyOrder(first.domain(), locked.domain());
        int firstAt = moved.getList("domain", String.class).indexOf(first.domain());
        int lockedAt = 1 - firstAt;
        assertThat(moved.getString("[" + firstAt + "].move.state")).isEqualTo("DONE");
        assertThat(moved.getString("[" + lockedAt + "].problem")).contains("clientTransferProhibited");
        assertThat(first.snapshot().sponsorClientId()).isEqualTo("ophos-vrsn-2");
        assertThat(locked.snapshot().sponsorClientId()).isEqualTo("ophos-vrsn");
    }

    private static List<LedgerEntry> transferCharges(String domain) {
        return QuarkusTransaction.requiringNew().call(() -> LedgerEntry.<LedgerEntry>list("domain = ?1 and kind = ?2",
                domain, ChargeKind.REGISTRY_TRANSFER));
    }

    private static List<LoggedCommand> logged(Managed name, String clTRID) {
        return name.sandbox().commandLog().stream()
                .filter(c -> c.clientTransactionId().equals(Optional.of(clTRID))).toList();
    }

    private static String step(String detail) {
        int at = detail.indexOf("\"step\":\"") + 8;
        return detail.substring(at, detail.indexOf('"', at));
    }
}
