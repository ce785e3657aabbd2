package com.ophos.registrar.ops;

import static com.ophos.registrar.ops.DomainOpsFixtures.SETTLED;
import static com.ophos.registrar.ops.DomainOpsFixtures.awaitFinished;
import static com.ophos.registrar.ops.DomainOpsFixtures.frontend;
import static com.ophos.registrar.ops.DomainOpsFixtures.journal;
import static com.ophos.registrar.ops.DomainOpsFixtures.newKey;
import static com.ophos.registrar.ops.DomainOpsFixtures.sentWith;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import com.ophos.registrar.billing.ledger.ChargeKind;
import com.ophos.registrar.billing.ledger.LedgerEntry;
import com.ophos.registrar.jobs.JobRun;
import com.ophos.registrar.jobs.RunKind;
import com.ophos.registrar.jobs.RunLauncher;
import com.ophos.registrar.lifecycle.OperationDispatcher;
import com.ophos.registrar.lifecycle.model.Domain;
import com.ophos.registrar.lifecycle.model.Operation;
import com.ophos.registrar.lifecycle.transfer.TransferDomainIn;
import com.ophos.registrar.sandbox.EppCommandType;
import com.ophos.registrar.sandbox.FaultTrigger;
import com.ophos.registrar.sandbox.SandboxRegistries;
import com.ophos.registrar.sandbox.SandboxRegistry;
import com.ophos.registrar.sandbox.Tariff;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * POST /api/v1/domains/transfers against the sandbox: the request (echoing the quoted fee) is sent
 * once, waits for the losing registrar (1001), and is settled by the poll run or by reconciliation;
 * then the name is the customer's and the transfer fee is charged once. Refused requests send nothing.
 */
@QuarkusTest
class TransferInTest {
    private static final String LOSING = "other-registrar";
    private static final String OURS = "ophos-vrsn";

    @Inject
    SandboxRegistries sandboxes;

    @Inject
    RunLauncher runs;

    @Inject
    OperationDispatcher dispatcher;

    @Inject
    TransferDomainIn transfers;

    @AfterEach
    void clearFaults() {
        verisign().faults().clear();
        verisign().configuredPrices();
    }

    @Test
    void theTransferIsQuotedByTheRegistrysFeeCheck_echoed_andChargedAtThatPrice() {
        Party party = party("732829320");
        String name = elsewhere();
        // The registry prices .com transfers above our configured tariff (10.26) by the time we ask.
        verisign().repriceBeforeNext(EppCommandType.DOMAIN_CHECK, "com", comPrices("12.00"));
        long checksBefore = verisign().commandsReceived(EppCommandType.DOMAIN_CHECK);

        long id = transfer(party, name, "Xfer-Code-1", newKey());
        assertThat(journal(id).resultCode).as(journal(id).resultMessage).isEqualTo(1001);
        assertThat(verisign().commandsReceived(EppCommandType.DOMAIN_CHECK)).isEqualTo(checksBefore + 1);
        verisign().transferApprovedBySponsor(name);
        runs.runNow(RunKind.POLL, JobRun.Trigger.MANUAL, "scheduler");

        Operation op = awaitFinished(id);
        assertThat(op.state).as(op.resultMessage).isEqualTo(Operation.State.SUCCEEDED);
        List<LedgerEntry> charges = charges(name);
        assertThat(charges).hasSize(1);
        assertThat(charges.get(0).amount).isEqualByComparingTo(new BigDecimal("12.00"));
        assertThat(charges.get(0).currency).isEqualTo("USD");
    }

    @Test
    void aSecondTransferOfANameWhoseTransferIsPending_isRefusedWith409_andSendsNothing() {
        Party party = party("732829320");
        String name = elsewhere();
        long id = transfer(party, name, "Xfer-Code-1", newKey());
        assertThat(journal(id).resultCode).as(journal(id).resultMessage).isEqualTo(1001);
        long transfersBefore = verisign().commandsReceived(EppCommandType.DOMAIN_TRANSFER);

        frontend().header("Idempotency-Key", newKey()).body(body(party.customer(), name, "Xfer-Code-1",
                party.holder())).post("/api/v1/domains/transfers").then().statusCode(409)
                .contentType("application/problem+json").body("fields", hasItem("name"));

        assertThat(verisign().commandsReceived(EppCommandType.DOMAIN_TRANSFER)).isEqualTo(transfersBefore);
    }

    @Test
    void aPriceChangeBetweenQuoteAndRequest_failsTheTransfer_andChargesNothing() {
        Party party = party("732829320");
        String name = elsewhere();
        verisign().repriceBeforeNext(EppCommandType.DOMAIN_TRANSFER, "com", comPrices("13.50"));

        Operation op = awaitFinished(transfer(party, name, "Xfer-Code-1", newKey()));

        // RFC 8748 section 3.8: the echoed fee (the 10.26 quoted) no longer matches: 2004, nothing applied.
        assertThat(op.state).isEqualTo(Operation.State.FAILED);
        assertThat(op.resultCode).isEqualTo(2004);
        assertThat(sentWith(verisign(), EppCommandType.DOMAIN_TRANSFER, op.clTRID)).isEqualTo(1);
        assertThat(verisign().domain(name).orElseThrow().pendingTransfer()).isEmpty();
        assertThat(verisign().domain(name).orElseThrow().sponsorClientId()).isEqualTo(LOSING);
        assertThat(QuarkusTransaction.requiringNew().call(() -> Domain.byName(name))).isEmpty();
        assertThat(charges(name)).isEmpty();
    }

    private static Tariff comPrices(String transfer) {
        return new Tariff("USD", new BigDecimal("10.26"), new BigDecimal("10.26"), new BigDecimal(transfer),
                new BigDecimal("40.00"));
    }

    @Test
    void approvedTransfer_settledByThePollRun_givesTheNameToTheCustomer_andChargesOnce() {
        Party party = party("732829320");
        String name = elsewhere();

        long id = transfer(party, name, "Xfer-Code-1", newKey());
        Operation requested = journal(id);
        assertThat(requested.state).isEqualTo(Operation.State.RUNNING);
        assertThat(requested.resultCode).isEqualTo(1001);
        assertThat(verisign().domain(name).orElseThrow().pendingTransfer()).get()
                .satisfies(t -> assertThat(t.gainingClientId()).isEqualTo(OURS));
        assertThat(QuarkusTransaction.requiringNew().call(() -> Domain.byName(name))).isEmpty();

        verisign().transferApprovedBySponsor(name);
        runs.runNow(RunKind.POLL, JobRun.Trigger.MANUAL, "scheduler");

        Operation op = awaitFinished(id);
        assertThat(op.state).as(op.resultMessage).isEqualTo(Operation.State.SUCCEEDED);
        assertThat(verisign().domain(name).orElseThrow().sponsorClientId()).isEqualTo(OURS);
        Domain row = QuarkusTransaction.requiringNew().call(() -> Domain.byName(name).orElseThrow());
        assertThat(row.customerId).isEqualTo(party.customer());
        assertThat(row.holderContactId).isEqualTo(party.holder());
        assertThat(row.expiresAt).isEqualTo(verisign().domain(name).orElseThrow().expires());
        List<LedgerEntry> charges = charges(name);
        assertThat(charges).hasSize(1);
        assertThat(charges.get(0).amount).isEqualByComparingTo(new BigDecimal("10.26"));
        assertThat(charges.get(0).svTRID).isEqualTo(requested.svTRID);
        assertThat(sentWith(verisign(), EppCommandType.DOMAIN_TRANSFER, op.clTRID)).isEqualTo(1);

        // settled again (a redelivered notice, the daily reconciliation): nothing more
        dispatcher.reconcile(Operation.Kind.DOMAIN_TRANSFER_IN, id);
        runs.runNow(RunKind.RECONCILIATION, JobRun.Trigger.MANUAL, "scheduler");
        assertThat(charges(name)).hasSize(1);
    }

    @Test
    void requestAppliedButAnswerLost_isFoundPendingByQuery_thenSettledByReconciliation() {
        Party party = party("732829320");
        String name = elsewhere();
        verisign().faults().closeAfterApplying(FaultTrigger.next(1, EppCommandType.DOMAIN_TRANSFER));

        long id = transfer(party, name, "Xfer-Code-1", newKey());
        await().atMost(SETTLED).until(() -> journal(id).resultCode != null && journal(id).resultCode == 1001);
        Operation pending = journal(id);
        assertThat(pending.state).isEqualTo(Operation.State.RUNNING);
        assertThat(sentWith(verisign(), EppCommandType.DOMAIN_TRANSFER, pending.clTRID)).isEqualTo(1);

        verisign().transferApprovedBySponsor(name);
        runs.runNow(RunKind.RECONCILIATION, JobRun.Trigger.MANUAL, "scheduler");

        Operation op = awaitFinished(id);
        assertThat(op.state).isEqualTo(Operation.State.SUCCEEDED);
        assertThat(QuarkusTransaction.requiringNew().call(() -> Domain.byName(name))).isPresent();
        assertThat(charges(name)).hasSize(1);
        assertThat(sentWith(verisign(), EppCommandType.DOMAIN_TRANSFER, op.clTRID)).isEqualTo(1);
    }

    @Test
    void aRequestTheRegistryFailed_2400_isSentAgain_notFailed() {
        Party party = party("732829320");
        String name = elsewhere();
        verisign().faults().failCommands(FaultTrigger.next(1, EppCommandType.DOMAIN_TRANSFER));

        long id = transfer(party, name, "Xfer-Code-1", newKey());
        await().atMost(SETTLED).until(() -> journal(id).resultCode != null && journal(id).resultCode == 1001);

        Operation pending = journal(id);
        assertThat(pending.state).isEqualTo(Operation.State.RUNNING);
        // the 2400 was not applied; the same clTRID went again and was
        assertThat(sentWith(verisign(), EppCommandType.DOMAIN_TRANSFER, pending.clTRID)).isEqualTo(2);
        assertThat(verisign().domain(name).orElseThrow().pendingTransfer()).get()
                .satisfies(t -> assertThat(t.gainingClientId()).isEqualTo(OURS));
        assertThat(charges(name)).isEmpty();
    }

    @Test
    void aResendRefusedBecauseAnEarlierRequestWasAppliedAndApproved_isSettledAsTransferred_chargedOnce() {
        Party party = party("732829320");
        String name = elsewhere();
        long id = transfer(party, name, "Xfer-Code-1", newKey());
        await().atMost(SETTLED).until(() -> journal(id).resultCode != null && journal(id).resultCode == 1001);
        verisign().transferApprovedBySponsor(name);
        // What the fault run caught: a reconciliation read the name as not ours and found no transfer pending,
        // because the losing registrar approved in between, so the entry went back to the queue for a resend.
        QuarkusTransaction.requiringNew().run(() -> {
            Operation queued = Operation.findById(id);
            queued.state = Operation.State.PENDING;
            queued.resultCode = null;
        });

        transfers.attempt(id);

        Operation op = awaitFinished(id);
        assertThat(op.state).isEqualTo(Operation.State.SUCCEEDED);
        // the resend went out and was refused (the name is ours): the entry is settled by info, not failed
        assertThat(sentWith(verisign(), EppCommandType.DOMAIN_TRANSFER, op.clTRID)).isEqualTo(2);
        assertThat(QuarkusTransaction.requiringNew().call(() -> Domain.byName(name))).isPresent();
        assertThat(charges(name)).hasSize(1);
    }

    @Test
    void wrongAuthCode_failsWithoutNameOrCharge() {
        Party party = party("732829320");
        String name = elsewhere();

        Operation op = awaitFinished(transfer(party, name, "not-the-code", newKey()));

        assertThat(op.state).isEqualTo(Operation.State.FAILED);
        assertThat(op.resultCode).isEqualTo(2202);
        assertThat(verisign().domain(name).orElseThrow().pendingTransfer()).isEmpty();
        assertThat(QuarkusTransaction.requiringNew().call(() -> Domain.byName(name))).isEmpty();
        assertThat(charges(name)).isEmpty();
    }

    @Test
    void aWrongAuthCodeWhoseAnswerWasLost_isSettledAsRefused_notRetriedForever() {
        Party party = party("732829320");
        String name = elsewhere();
        // the registry refuses the request (2202) and the connection drops before we read that answer
        verisign().faults().closeAfterApplying(FaultTrigger.next(1, EppCommandType.DOMAIN_TRANSFER));

        Operation op = awaitFinished(transfer(party, name, "not-the-code", newKey()));

        assertThat(op.state).as(op.resultMessage).isEqualTo(Operation.State.FAILED);
        assertThat(op.resultCode).isEqualTo(2202);
        assertThat(verisign().domain(name).orElseThrow().pendingTransfer()).isEmpty();
        assertThat(verisign().domain(name).orElseThrow().sponsorClientId()).isEqualTo(LOSING);
        assertThat(charges(name)).isEmpty();
        assertThat(sentWith(verisign(), EppCommandType.DOMAIN_TRANSFER, op.clTRID)).isEqualTo(1);
    }

    @Test
    void refusedRequests_sendNoTransfer() {
        Party party = party("732829320");
        long verisignBefore = verisign().commandsReceived(EppCommandType.DOMAIN_TRANSFER);
        long afnicBefore = afnic().commandsReceived(EppCommandType.DOMAIN_TRANSFER);

        // R1: a .fr name for a private person
        long person = frontend().header("Idempotency-Key", newKey()).body("""
                {"customerId":%d,"kind":"person","name":"Jean Dupont","email":"jean@dupont.example",
                 "phone":"+33.145678900","address":{"street":["1 rue X"],"city":"Paris","postalCode":"75001",
                 "countryCode":"FR"}}""".formatted(party.customer()))
                .post("/api/v1/contacts").then().statusCode(201).extract().jsonPath().getLong("id");
        frontend().header("Idempotency-Key", newKey()).body(body(party.customer(), "transfer-" + unique() + ".fr",
                        "Xfer-Code-1", person)).post("/api/v1/domains/transfers")
                .then().statusCode(422).body("rule", equalTo("R1"));
        // someone else's contact, a period not offered, no auth code, no key, an unsupported TLD
        Party stranger = party("552100554");
        frontend().header("Idempotency-Key", newKey()).body(body(party.customer(), elsewhere(), "Xfer-Code-1",
                stranger.holder())).post("/api/v1/domains/transfers").then().statusCode(422);
        frontend().header("Idempotency-Key", newKey()).body("""
                {"customerId":%d,"name":"%s","authCode":"Xfer-Code-1","years":11,"holder":%d}"""
                .formatted(party.customer(), elsewhere(), party.holder())).post("/api/v1/domains/transfers")
                .then().statusCode(400);
        frontend().header("Idempotency-Key", newKey()).body("""
                {"customerId":%d,"name":"%s","holder":%d}""".formatted(party.customer(), elsewhere(), party.holder()))
                .post("/api/v1/domains/transfers").then().statusCode(400).body(containsString("authCode"));
        frontend().body(body(party.customer(), elsewhere(), "Xfer-Code-1", party.holder()))
                .post("/api/v1/domains/transfers").then().statusCode(400);

        assertThat(verisign().commandsReceived(EppCommandType.DOMAIN_TRANSFER)).isEqualTo(verisignBefore);
        assertThat(afnic().commandsReceived(EppCommandType.DOMAIN_TRANSFER)).isEqualTo(afnicBefore);
    }

    @Test
    void openApiDescribesTheTransferWithAnExample() {
        given().get("/q/openapi?format=json").then().statusCode(200)
                .body(containsString("Transfer a name in from another registrar"))
                .body(containsString("\"authCode\""));
    }

    private record Party(long customer, long holder) {
    }

    private static Party party(String siren) {
        long customer = frontend().header("Idempotency-Key", newKey())
                .body("{\"name\":\"Dupont SARL\",\"email\":\"contact@dupont.example\"}")
                .post("/api/v1/customers").then().statusCode(201).extract().jsonPath().getLong("id");
        long holder = frontend().header("Idempotency-Key", newKey()).body("""
                {"customerId":%d,"kind":"organization","name":"Jeanne Martin","organization":"Dupont SARL",
                 "email":"jeanne.martin@dupont.example","phone":"+33.145678900",
                 "address":{"street":["12 rue de la Paix"],"city":"Paris","postalCode":"75002","countryCode":"FR"},
                 "legalEntity":{"form":"company","siren":"%s"}}""".formatted(customer, siren))
                .post("/api/v1/contacts").then().statusCode(201).extract().jsonPath().getLong("id");
        return new Party(customer, holder);
    }

    private String elsewhere() {
        String name = "xfer-" + unique() + ".com";
        verisign().registeredElsewhere(name, LOSING, "Xfer-Code-1");
        return name;
    }

    private static long transfer(Party party, String name, String authCode, String key) {
        Response answer = frontend().header("Idempotency-Key", key)
                .body(body(party.customer(), name, authCode, party.holder())).post("/api/v1/domains/transfers");
        assertThat(answer.statusCode()).as(answer.asString()).isIn(200, 202);
        return answer.jsonPath().getLong("id");
    }

    private static String body(long customer, String name, String authCode, long holder) {
        return """
                {"customerId":%d,"name":"%s","authCode":"%s","years":1,"holder":%d,"admin":%d,"tech":[%d]}"""
                .formatted(customer, name, authCode, holder, holder, holder);
    }

    private static List<LedgerEntry> charges(String name) {
        return QuarkusTransaction.requiringNew().call(() -> LedgerEntry.<LedgerEntry>list("domain = ?1 and kind = ?2",
                name, ChargeKind.REGISTRY_TRANSFER));
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 12);
    }

    private SandboxRegistry verisign() {
        return sandboxes.registry("verisign");
    }

    private SandboxRegistry afnic() {
        return sandboxes.registry("afnic");
    }
}
