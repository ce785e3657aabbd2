package com.ophos.registrar.api.dispute;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import com.ophos.registrar.common.audit.AuditEvent;
import com.ophos.registrar.dispute.DisputeAction;
import com.ophos.registrar.dispute.DisputeCase;
import com.ophos.registrar.dispute.DisputeFixtures;
import com.ophos.registrar.dispute.DisputeFixtures.Managed;
import com.ophos.registrar.dispute.DisputeFreeze;
import com.ophos.registrar.dispute.DisputeTestProfile;
import com.ophos.registrar.registry.spi.TransferState;
import com.ophos.registrar.sandbox.EppCommandType;
import com.ophos.registrar.sandbox.FaultTrigger;
import com.ophos.registrar.sandbox.LoggedCommand;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Every dispute transition through the API, allowed and refused, against the sandbox registries over
 * EPP/TLS: the registry state (statuses, auth code, sponsor, holder) is read at the sandbox after each
 * step, the sandbox's command log is matched with the case's clTRIDs, and the audit trail is compared
 * with the case's timeline (who, when, why, clTRID/svTRID).
 */
@QuarkusTest
@TestProfile(DisputeTestProfile.class)
class DisputeApiTest {
    static final Set<String> FREEZE_LOCKS = Set.of("clientUpdateProhibited", "clientTransferProhibited",
            "clientDeleteProhibited");
    /** R24's second account at the Verisign sandbox plays the claimant's registrar. */
    static final String OTHER_ACCOUNT = "verisign.reseller";
    static final String OTHER_CLIENT_ID = "ophos-vrsn-2";

    @Inject
    DisputeFixtures fixtures;

    @Inject
    DisputeFreeze freeze;

    @Inject
    MockMailbox mailbox;

    static RequestSpecification asSupport() {
        return given().auth().preemptive().basic("support", "support").contentType(ContentType.JSON);
    }

    static String deadline() {
        return Instant.now().plus(30, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString();
    }

    static String claim(String domain) {
        return """
                {"domain":"%s","kind":"THIRD_PARTY_CLAIM","claimant":"Dupont Industries SA",
                 "grounds":"Trademark FR 4567890","documents":["court-order-118.pdf","INPI-4567890"],
                 "deadline":"%s","reason":"Registered letter of 2026-11-20"}""".formatted(domain, deadline());
    }

    static JsonPath open(String domain) {
        return asSupport().body(claim(domain)).post("/api/v1/disputes").then().statusCode(201).extract().jsonPath();
    }

    static io.restassured.response.Response act(long id, String body) {
        return asSupport().body(body).post("/api/v1/disputes/" + id + "/actions");
    }

    static JsonPath actOk(long id, String body) {
        return act(id, body).then().statusCode(200).extract().jsonPath();
    }

    @AfterEach
    void clearRegistryFaults() {
        fixtures.sandbox("verisign").faults().clear();
    }

    @Test
    void openingAClaimFreezesTheNameAtTheRegistryAndTellsTheCustomer() {
        Managed name = fixtures.managed("claim");

        JsonPath opened = open(name.domain());

        assertThat(opened.getString("state")).isEqualTo("FROZEN");
        assertThat(opened.getString("rule")).isEqualTo("R3");
        assertThat(opened.getList("documents", String.class)).containsExactly("court-order-118.pdf", "INPI-4567890");
        assertThat(opened.getList("locksAdded", String.class)).containsExactlyInAnyOrderElementsOf(FREEZE_LOCKS);
        assertThat(name.statuses()).containsExactlyInAnyOrderElementsOf(FREEZE_LOCKS);
        assertThat(freeze.isFrozen(name.domain())).isTrue();
        assertThat(mailbox.getMailMessagesSentTo(name.email())).singleElement()
                .satisfies(mail -> assertThat(mail.getSubject()).contains(name.domain(), "third-party claim"));
        List<Map<String, Object>> timeline = opened.getList("timeline");
        assertThat(timeline).extracting(step -> step.get("action") + " " + step.get("command") + " " + step.get("outcome"))
                .containsExactly("open null DONE", "freeze domain:update DONE",
                        "freeze null DONE", "open mail:customer-notice DONE");
        Map<String, Object> update = timeline.get(1);
        assertThat(update.get("resultCode")).isEqualTo(1000);
        assertThat((String) update.get("clTRID")).startsWith("dsp-" + opened.getLong("id") + "-");
        assertThat((String) update.get("svTRID")).startsWith("SBX-");
        assertThat(update.get("actor")).isEqualTo("support");
        // The sandbox logged the freeze under the case's clTRID (the info before it carries the adapter's own).
        assertThat(name.caseCommands(opened.getLong("id"))).singleElement().satisfies(command -> {
            assertThat(command.type()).isEqualTo(EppCommandType.DOMAIN_UPDATE);
            assertThat(command.resultCode()).isEqualTo(1000);
            assertThat(command.clientTransactionId()).contains((String) update.get("clTRID"));
        });
        assertAuditMatchesTimeline(name.domain(), opened.getLong("id"));
    }

    @Test
    void onlySupportMayUseTheDisputeApi() {
        Managed name = fixtures.managed("forbidden");
        long commandsBefore = name.sandbox().objectCommandsReceived();
        given().auth().preemptive().basic("frontend", "frontend").contentType(ContentType.JSON).body(claim(name.domain()))
                .post("/api/v1/disputes").then().statusCode(403);
        given().auth().preemptive().basic("frontend", "frontend").get("/api/v1/disputes").then().statusCode(403);
        given().contentType(ContentType.JSON).body(claim(name.domain())).post("/api/v1/disputes").then().statusCode(401);
        assertThat(name.sandbox().objectCommandsReceived()).isEqualTo(commandsBefore);
        assertThat(name.statuses()).isEmpty();
    }

    @Test
    void badOpeningsAreRefusedNamingTheFieldAndNothingReachesTheRegistry() {
        Managed name = fixtures.managed("badopen");
        long commandsBefore = name.sandbox().objectCommandsReceived();
        asSupport().body("""
                {"domain":"%s","kind":"THIRD_PARTY_CLAIM","grounds":"TM","deadline":"%s","reason":"r"}"""
                .formatted(name.domain(), deadline())).post("/api/v1/disputes")
                .then().statusCode(400).body("fields", hasItem("claimant"));
        asSupport().body("""
                {"domain":"%s","kind":"THIRD_PARTY_CLAIM","claimant":"X","grounds":"TM","deadline":"2020-01-01T00:00:00Z","reason":"r"}"""
                .formatted(name.domain())).post("/api/v1/disputes")
                .then().statusCode(400).body("fields", hasItem("deadline"));
        asSupport().body("""
                {"domain":"%s","kind":"THIRD_PARTY_CLAIM","claimant":"X","grounds":"TM","deadline":"%s"}"""
                .formatted(name.domain(), deadline())).post("/api/v1/disputes")
                .then().statusCode(400).body("fields", hasItem("reason"));
        asSupport().body(claim("not-managed-" + name.domain())).post("/api/v1/disputes").then().statusCode(404);
        assertThat(name.sandbox().objectCommandsReceived()).isEqualTo(commandsBefore);

        open(name.domain());
        asSupport().body(claim(name.domain())).post("/api/v1/disputes")
                .then().statusCode(409).body("rule", equalTo("R3")).body("fields", hasItem("domain"));
    }

    @Test
    void webAccessStopsWithARegistryHoldUnderTheUpdateLockAndIsRestored() {
        Managed name = fixtures.managed("stopweb");
        long id = open(name.domain()).getLong("id");

        JsonPath stopped = actOk(id, """
                {"action":"stop-web","reason":"Decision 12","channels":["REGISTRY_HOLD"]}""");

        assertThat(stopped.getString("state")).isEqualTo("WEB_STOPPED");
        assertThat(stopped.getBoolean("holdAdded")).isTrue();
        // RFC 5731: under clientUpdateProhibited the lock is lifted, then hold and lock go in together.
        assertThat(name.statuses()).containsExactlyInAnyOrder("clientHold",
                "clientUpdateProhibited", "clientTransferProhibited", "clientDeleteProhibited");
        assertThat(updatesOf(stopped, "stop-web")).containsExactly(
                "add [], remove [clientUpdateProhibited]", "add [clientHold, clientUpdateProhibited], remove []");

        JsonPath restored = actOk(id, """
                {"action":"restore-web","reason":"Hold no longer needed"}""");

        assertThat(restored.getString("state")).isEqualTo("FROZEN");
        assertThat(restored.getBoolean("holdAdded")).isFalse();
        assertThat(name.statuses()).containsExactlyInAnyOrderElementsOf(FREEZE_LOCKS);
        assertAuditMatchesTimeline(name.domain(), id);
    }

    @Test
    void handOverReleasesAFreshAuthCodeOnlyInItsResponseAndLiftsOnlyTheTransferLock() {
        Managed name = fixtures.managed("authcode");
        long id = open(name.domain()).getLong("id");
        actOk(id, """
                {"action":"stop-web","reason":"Decision 12","channels":["REGISTRY_HOLD"]}""");

        JsonPath handedOver = actOk(id, """
                {"action":"hand-over","reason":"Court order 118","mode":"AUTH_CODE","recipient":"Dupont Industries SA"}""");

        String authCode = handedOver.getString("authCode");
        assertThat(authCode).hasSize(16).matches(".*[A-Za-z].*").matches(".*[0-9].*").matches(".*[^A-Za-z0-9].*");
        assertThat(name.snapshot().authInfo()).isEqualTo(authCode);
        assertThat(handedOver.getString("state")).isEqualTo("HANDED_OVER");
        assertThat(handedOver.getString("handedOverTo")).isEqualTo("Dupont Industries SA");
        assertThat(name.statuses()).doesNotContain("clientTransferProhibited")
                .contains("clientUpdateProhibited", "clientDeleteProhibited", "clientHold");
        DisputeCase stored = fixtures.reload(id);
        assertThat(stored.authInfoEncrypted).doesNotContain(authCode);
        assertThat(fixtures.open(stored.authInfoEncrypted)).isEqualTo(authCode);
        assertThat(fixtures.domainAuthCode(name.domain())).isEqualTo(authCode);

        String caseAgain = asSupport().get("/api/v1/disputes/" + id).then().statusCode(200).extract().asString();
        assertThat(caseAgain).doesNotContain(authCode).doesNotContain("authCode");
        assertThat(fixtures.auditOf(name.domain())).allSatisfy(event ->
                assertThat(event.detail).doesNotContain(authCode));
        // The released code is what the claimant's registrar needs: the registry accepts it for a transfer.
        TransferState requested = fixtures.requestTransfer(OTHER_ACCOUNT, name.domain(), authCode);
        assertThat(requested.status()).isEqualTo(TransferState.Status.PENDING);
        assertThat(name.snapshot().pendingTransfer()).hasValueSatisfying(t ->
                assertThat(t.gainingClientId()).isEqualTo(OTHER_CLIENT_ID));

        JsonPath closed = actOk(id, """
                {"action":"close","reason":"Transfer to the claimant's registrar is theirs to run"}""");
        assertThat(closed.getString("state")).isEqualTo("CLOSED");
        assertThat(freeze.isFrozen(name.domain())).as("a handed-over name is never renewed for the old customer").isTrue();
        assertAuditMatchesTimeline(name.domain(), id);
    }

    @Test
    void handOverApprovalNeedsATransferPendingAtTheRegistry() {
        Managed name = fixtures.managed("noapprove");
        long id = open(name.domain()).getLong("id");

        act(id, """
                {"action":"hand-over","reason":"Decision","mode":"APPROVE_TRANSFER"}""")
                .then().statusCode(409).body("rule", equalTo("R3")).body("fields", hasItem("mode"));

        assertThat(fixtures.reload(id).state.name()).isEqualTo("FROZEN");
        // The registry was asked (2301: no transfer on record) and nothing changed there.
        assertThat(name.caseCommands(id)).extracting(LoggedCommand::type, LoggedCommand::resultCode)
                .endsWith(tuple(EppCommandType.DOMAIN_TRANSFER, 2301));
        assertThat(name.snapshot().sponsorClientId()).isEqualTo("ophos-vrsn");
    }

    @Test
    void handOverApprovesTheClaimantsPendingTransferAtTheRegistry() {
        Managed name = fixtures.managed("approve");
        // The claimant's registrar asked before the claim reached us; the customer never approved.
        fixtures.requestTransfer(OTHER_ACCOUNT, name.domain(), DisputeFixtures.INITIAL_AUTH_CODE);
        long id = open(name.domain()).getLong("id");
        assertThat(name.statuses()).containsAll(FREEZE_LOCKS).contains("pendingTransfer");

        JsonPath handedOver = actOk(id, """
                {"action":"hand-over","reason":"Decision","mode":"APPROVE_TRANSFER"}""");

        assertThat(handedOver.getString("state")).isEqualTo("HANDED_OVER");
        assertThat(handedOver.getString("handedOverTo")).isEqualTo(OTHER_CLIENT_ID);
        assertThat(handedOver.getString("authCode")).isNull();
        assertThat(name.snapshot().sponsorClientId()).isEqualTo(OTHER_CLIENT_ID);
        assertThat(name.snapshot().pendingTransfer()).isEmpty();
        List<Map<String, Object>> timeline = handedOver.getList("timeline");
        assertThat(timeline).extracting(step -> step.get("command") + " " + step.get("resultCode"))
                .contains("domain:transfer query 1000", "domain:transfer approve 1000");
        assertAuditMatchesTimeline(name.domain(), id);
    }

    @Test
    void handOverByForcedHolderChangeAtAfnicRecoversTheNameAndKeepsTheUpdateLock() {
        Managed name = fixtures.managedAt(DisputeFixtures.fresh("recover", "fr"), "afnic");
        String claimant = fixtures.createContact("afnic", "Dupont Industries");
        long id = open(name.domain()).getLong("id");
        assertThat(name.statuses()).containsExactlyInAnyOrderElementsOf(FREEZE_LOCKS);
        int commandsBefore = name.caseCommands(id).size();

        act(id, """
                {"action":"hand-over","reason":"x","mode":"HOLDER_CHANGE"}""")
                .then().statusCode(400).body("fields", hasItem("newHolder"));
        act(id, """
                {"action":"hand-over","reason":"x","mode":"HOLDER_CHANGE","newHolder":"%s"}""".formatted(claimant))
                .then().statusCode(400).body("fields", hasItem("registryAuthorisation"));
        assertThat(name.caseCommands(id)).hasSize(commandsBefore);

        // The sandbox checks AFNIC's authorisation against the name's auth code.
        JsonPath handedOver = actOk(id, """
                {"action":"hand-over","reason":"PARL EXPERT decision","mode":"HOLDER_CHANGE","newHolder":"%s",
                 "registryAuthorisation":"%s"}""".formatted(claimant, DisputeFixtures.INITIAL_AUTH_CODE));

        assertThat(handedOver.getString("state")).isEqualTo("HANDED_OVER");
        assertThat(handedOver.getString("handedOverTo")).isEqualTo(claimant);
        assertThat(name.snapshot().registrant()).contains(claimant);
        assertThat(name.statuses()).containsExactlyInAnyOrderElementsOf(FREEZE_LOCKS);
        assertThat(name.caseCommands(id)).extracting(LoggedCommand::type)
                .contains(EppCommandType.FRNIC_RECOVER);
        assertThat(asSupport().get("/api/v1/disputes/" + id).then().extract().asString())
                .doesNotContain(DisputeFixtures.INITIAL_AUTH_CODE);
        assertAuditMatchesTimeline(name.domain(), id);
    }

    @Test
    void rejectingLiftsOnlyTheLocksAndHoldTheCaseAdded() {
        Managed name = fixtures.managed("reject", "clientDeleteProhibited");
        JsonPath opened = open(name.domain());
        long id = opened.getLong("id");
        assertThat(opened.getList("locksAdded", String.class))
                .containsExactlyInAnyOrder("clientUpdateProhibited", "clientTransferProhibited");
        actOk(id, """
                {"action":"stop-web","reason":"Decision 12","channels":["REGISTRY_HOLD"]}""");

        JsonPath rejected = actOk(id, """
                {"action":"reject","reason":"Claimant's rights not established"}""");

        assertThat(rejected.getString("state")).isEqualTo("REJECTED");
        assertThat(rejected.getString("closedAt")).isNotNull();
        assertThat(name.statuses()).containsExactly("clientDeleteProhibited");
        assertThat(freeze.isFrozen(name.domain())).isFalse();
        assertAuditMatchesTimeline(name.domain(), id);
    }

    @Test
    void transitionsThatDoNotApplyAreRefusedWithTheirRule() {
        Managed name = fixtures.managed("refused");
        long id = open(name.domain()).getLong("id");

        act(id, "{\"action\":\"close\",\"reason\":\"x\"}").then().statusCode(409).body("rule", equalTo("R3"));
        act(id, "{\"action\":\"restore-web\",\"reason\":\"x\"}").then().statusCode(409).body("rule", equalTo("R3"));
        act(id, "{\"action\":\"freeze\",\"reason\":\"x\"}").then().statusCode(409).body("fields", hasItem("action"));
        act(id, "{\"action\":\"destroy\",\"reason\":\"x\"}").then().statusCode(400).body("fields", hasItem("action"));
        act(id, "{\"action\":\"reject\"}").then().statusCode(400).body("fields", hasItem("reason"));
        act(id, "{\"action\":\"hand-over\",\"reason\":\"x\",\"mode\":\"AUTH_CODE\"}")
                .then().statusCode(400).body("fields", hasItem("recipient"));
        actOk(id, "{\"action\":\"reject\",\"reason\":\"withdrawn\"}");
        for (String action : List.of("freeze", "stop-web", "restore-web", "reject", "close")) {
            act(id, "{\"action\":\"" + action + "\",\"reason\":\"x\"}").then().statusCode(409);
        }
        act(id, "{\"action\":\"hand-over\",\"reason\":\"x\",\"mode\":\"APPROVE_TRANSFER\"}").then().statusCode(409);
        asSupport().get("/api/v1/disputes/999999999").then().statusCode(404);
        asSupport().get("/api/v1/disputes?state=NOPE").then().statusCode(400).body("fields", hasItem("state"));
    }

    @Test
    void anActionWhileAnotherRunsOnTheCaseIsRefusedUntilItEndsOrItsLeaseRunsOut() {
        Managed name = fixtures.managed("busy");
        long id = open(name.domain()).getLong("id");
        fixtures.markBusy(id, DisputeAction.HAND_OVER, Instant.now());
        int commandsBefore = name.caseCommands(id).size();

        act(id, "{\"action\":\"reject\",\"reason\":\"x\"}").then().statusCode(409)
                .body("detail", containsString("hand-over"));
        assertThat(name.caseCommands(id)).hasSize(commandsBefore);

        // A mark left by a crashed instance expires with its lease.
        fixtures.markBusy(id, DisputeAction.HAND_OVER, Instant.now().minus(1, ChronoUnit.HOURS));
        actOk(id, "{\"action\":\"reject\",\"reason\":\"withdrawn\"}");
        assertThat(fixtures.reload(id).busyAction).isNull();
    }

    @Test
    void illegalContentStopsWebAccessWithoutFreezingAndIsNeverHandedOver() {
        Managed name = fixtures.managed("content");
        JsonPath opened = asSupport().body("""
                {"domain":"%s","kind":"ILLEGAL_CONTENT","grounds":"Phishing page","documents":["CERT-FR 4411"],
                 "reason":"CERT-FR report"}""".formatted(name.domain())).post("/api/v1/disputes")
                .then().statusCode(201).extract().jsonPath();
        long id = opened.getLong("id");
        assertThat(opened.getString("state")).isEqualTo("OPEN");
        assertThat(opened.getString("rule")).isEqualTo("R22");
        assertThat(name.statuses()).isEmpty();

        actOk(id, "{\"action\":\"stop-web\",\"reason\":\"Illegal content\",\"channels\":[\"REGISTRY_HOLD\"]}");
        assertThat(name.statuses()).containsExactly("clientHold");
        act(id, "{\"action\":\"hand-over\",\"reason\":\"x\",\"mode\":\"AUTH_CODE\",\"recipient\":\"y\"}")
                .then().statusCode(422).body("rule", equalTo("R3"));
        JsonPath closed = actOk(id, "{\"action\":\"close\",\"reason\":\"Contract terminated (R22)\"}");
        assertThat(closed.getString("state")).isEqualTo("CLOSED");
        assertThat(name.statuses()).containsExactly("clientHold");

        List<Long> closedIds = asSupport().get("/api/v1/disputes?state=CLOSED").then().statusCode(200)
                .extract().jsonPath().getList("id", Long.class);
        assertThat(closedIds).contains(id);
    }

    @Test
    void aRegistryFailureLeavesTheCaseRetryableAndOnRecord() {
        Managed name = fixtures.managed("retry");
        long id = open(name.domain()).getLong("id");
        // The registry answers the next domain:update 2400 without applying it.
        name.sandbox().faults().failCommands(FaultTrigger.next(1, EppCommandType.DOMAIN_UPDATE));

        act(id, "{\"action\":\"stop-web\",\"reason\":\"Decision\",\"channels\":[\"REGISTRY_HOLD\"]}")
                .then().statusCode(502).body("caseId", equalTo((int) id)).body("retryAction", equalTo("stop-web"));

        JsonPath failed = asSupport().get("/api/v1/disputes/" + id).then().extract().jsonPath();
        assertThat(failed.getString("state")).isEqualTo("FROZEN");
        assertThat(failed.getString("failedStep")).isEqualTo("stop-web");
        assertThat(failed.getList("timeline.outcome", String.class)).contains("FAILED");
        assertThat(failed.getList("timeline.resultCode", Integer.class)).contains(2400);
        assertThat(name.statuses()).containsExactlyInAnyOrderElementsOf(FREEZE_LOCKS);

        JsonPath retried = actOk(id, "{\"action\":\"stop-web\",\"reason\":\"Retry\",\"channels\":[\"REGISTRY_HOLD\"]}");
        assertThat(retried.getString("state")).isEqualTo("WEB_STOPPED");
        assertThat(retried.getString("failedStep")).isNull();
        assertThat(name.statuses()).contains("clientHold", "clientUpdateProhibited");
        assertAuditMatchesTimeline(name.domain(), id);
    }

    @Test
    void aFreezeWhoseAnswerWasLostIsReconciledAndItsLocksStayTheCases() {
        Managed name = fixtures.managed("lost");
        // The registry applies the locks, then the connection drops before the answer is sent.
        name.sandbox().faults().closeAfterApplying(FaultTrigger.next(1, EppCommandType.DOMAIN_UPDATE));

        JsonPath opened = open(name.domain());
        long id = opened.getLong("id");
        assertThat(opened.getString("state")).isEqualTo("OPEN");
        assertThat(opened.getString("failedStep")).isEqualTo("freeze");
        assertThat(opened.getList("locksAdded", String.class)).containsExactlyInAnyOrderElementsOf(FREEZE_LOCKS);
        assertThat(freeze.isFrozen(name.domain())).isTrue();
        assertThat(name.statuses()).containsExactlyInAnyOrderElementsOf(FREEZE_LOCKS);

        JsonPath frozen = actOk(id, "{\"action\":\"freeze\",\"reason\":\"retry after timeout\"}");
        assertThat(frozen.getString("state")).isEqualTo("FROZEN");
        assertThat(frozen.getList("locksAdded", String.class)).containsExactlyInAnyOrderElementsOf(FREEZE_LOCKS);

        actOk(id, "{\"action\":\"reject\",\"reason\":\"withdrawn\"}");
        assertThat(name.statuses()).isEmpty();
    }

    private static List<String> updatesOf(JsonPath json, String action) {
        List<Map<String, Object>> timeline = json.getList("timeline");
        return timeline.stream()
                .filter(step -> action.equals(step.get("action")) && "domain:update".equals(step.get("command")))
                .map(step -> (String) step.get("detail")).toList();
    }

    /** Every timeline line has its audit event: same actor, action, outcome and transaction ids. */
    private void assertAuditMatchesTimeline(String domain, long id) {
        List<Map<String, Object>> timeline = asSupport().get("/api/v1/disputes/" + id).then().statusCode(200)
                .extract().jsonPath().getList("timeline");
        List<AuditEvent> audit = fixtures.auditOf(domain);
        assertThat(audit).hasSameSizeAs(timeline);
        for (int i = 0; i < timeline.size(); i++) {
            Map<String, Object> step = timeline.get(i);
            AuditEvent event = audit.get(i);
            assertThat(event.actor).isEqualTo(step.get("actor"));
            assertThat(event.action).isEqualTo("dispute." + step.get("action"));
            assertThat(event.clTRID).isEqualTo(step.get("clTRID"));
            assertThat(event.svTRID).isEqualTo(step.get("svTRID"));
            assertThat(event.detail).contains("\"case\":" + id, "\"outcome\":\"" + step.get("outcome") + "\"");
        }
        assertThat(timeline.stream().map(s -> (String) s.get("reason")).collect(Collectors.toList())).doesNotContainNull();
    }
}
