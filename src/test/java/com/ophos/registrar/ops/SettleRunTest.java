package com.ophos.registrar.ops;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.ophos.registrar.billing.ledger.ChargeKind;
import com.ophos.registrar.billing.ledger.CrashingLedger;
import com.ophos.registrar.billing.ledger.Ledger;
import com.ophos.registrar.billing.ledger.LedgerEntry;
import com.ophos.registrar.jobs.JobRun;
import com.ophos.registrar.jobs.RunKind;
import com.ophos.registrar.jobs.RunLauncher;
import com.ophos.registrar.lifecycle.model.Domain;
import com.ophos.registrar.lifecycle.model.Operation;
import com.ophos.registrar.sandbox.DomainSnapshot;
import com.ophos.registrar.sandbox.EppCommandType;
import com.ophos.registrar.sandbox.FaultTrigger;
import com.ophos.registrar.sandbox.SandboxRegistries;
import com.ophos.registrar.sandbox.SandboxRegistry;
import io.quarkus.arc.ClientProxy;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Operations whose outcome became unknown during normal running, and operations a crash left between
 * their charge and their finish, settled by the settle run (no restart) against the sandbox registry:
 * each test asserts the registry's state, the journal, the domain row and the ledger.
 */
@QuarkusTest
class SettleRunTest {
    private static final Duration SETTLED = Duration.ofSeconds(60);

    @Inject
    SandboxRegistries sandboxes;

    @Inject
    RunLauncher runs;

    @Inject
    Ledger ledger;

    @AfterEach
    void clearFaults() {
        verisign().faults().clear();
    }

    @Test
    void createAppliedButAnswerLost_isSettledBySettleRun_oneObjectOneCharge() throws Exception {
        verisign().faults().closeAfterApplying(FaultTrigger.next(1, EppCommandType.DOMAIN_CREATE));

        long id = orderDomain(freshName());
        Operation unknown = awaitState(id, Operation.State.UNKNOWN);
        Thread.sleep(1_000);
        assertThat(journal(id).state).as("nothing but a restart or the settle run settles it")
                .isEqualTo(Operation.State.UNKNOWN);

        Operation op = settledByTheSettleRun(id);

        assertThat(op.state).isEqualTo(Operation.State.SUCCEEDED);
        assertThat(createsSentWith(op.clTRID)).isEqualTo(1);
        assertThat(verisign().domain(op.domain)).isPresent();
        assertThat(QuarkusTransaction.requiringNew().call(() -> Domain.byName(op.domain))).isPresent();
        assertThat(charges(op.domain, ChargeKind.REGISTRY_CREATE)).hasSize(1);
        assertThat(unknown.clTRID).isEqualTo(op.clTRID);
    }

    @Test
    void createDroppedBeforeApplying_isResentOnceBySettleRun_doneOnce() {
        verisign().faults().closeBeforeApplying(FaultTrigger.next(1, EppCommandType.DOMAIN_CREATE));

        long id = orderDomain(freshName());
        awaitState(id, Operation.State.UNKNOWN);
        assertThat(verisign().domain(journal(id).domain)).isEmpty();

        Operation op = settledByTheSettleRun(id);

        assertThat(op.state).isEqualTo(Operation.State.SUCCEEDED);
        assertThat(op.attempts).isEqualTo(2);
        // the dropped command (read, never applied) and the one resend, under one clTRID
        assertThat(createsSentWith(op.clTRID)).isEqualTo(2);
        assertThat(verisign().domain(op.domain)).isPresent();
        assertThat(QuarkusTransaction.requiringNew().call(() -> Domain.byName(op.domain))).isPresent();
        assertThat(charges(op.domain, ChargeKind.REGISTRY_CREATE)).hasSize(1);
    }

    @Test
    void createLeftRunningByAnInstanceThatDied_isReconciledBySettleRun_notResent() {
        verisign().faults().closeAfterApplying(FaultTrigger.next(1, EppCommandType.DOMAIN_CREATE));
        long id = orderDomain(freshName());
        awaitState(id, Operation.State.UNKNOWN);
        // As another instance leaves it when it dies with the command out and never comes back.
        QuarkusTransaction.requiringNew().run(() -> {
            Operation op = Operation.findById(id);
            op.state = Operation.State.RUNNING;
            op.resultCode = null;
            op.startedAt = Instant.now().minus(Duration.ofMinutes(1));
        });

        Operation op = settledByTheSettleRun(id);

        assertThat(op.state).isEqualTo(Operation.State.SUCCEEDED);
        assertThat(createsSentWith(op.clTRID)).isEqualTo(1);
        assertThat(QuarkusTransaction.requiringNew().call(() -> Domain.byName(op.domain))).isPresent();
        assertThat(charges(op.domain, ChargeKind.REGISTRY_CREATE)).hasSize(1);
    }

    @Test
    void anEntryAwaitingTheRegistrysSettlement_isLeftToThePoll() {
        verisign().faults().closeAfterApplying(FaultTrigger.next(1, EppCommandType.DOMAIN_CREATE));
        long id = orderDomain(freshName());
        awaitState(id, Operation.State.UNKNOWN);
        QuarkusTransaction.requiringNew().run(() -> {
            Operation op = Operation.findById(id);
            op.state = Operation.State.RUNNING;
            op.resultCode = 1001;
            op.startedAt = Instant.now().minus(Duration.ofMinutes(1));
        });

        runs.runNow(RunKind.SETTLE, JobRun.Trigger.MANUAL, "settle-run-test");

        Operation op = journal(id);
        assertThat(op.state).isEqualTo(Operation.State.RUNNING);
        assertThat(op.resultCode).isEqualTo(1001);
        assertThat(charges(op.domain, ChargeKind.REGISTRY_CREATE)).isEmpty();
    }

    @Test
    void crashBeforeTheCreateChargeIsWritten_entryIsNotFinished_andIsChargedOnceWhenSettled() {
        CrashingLedger crashing = crashAt(ChargeKind.REGISTRY_CREATE, CrashingLedger.Point.BEFORE_THE_WRITE);
        String name = freshName();

        long id = orderDomain(name);
        await().atMost(SETTLED).until(crashing::crashed);
        Operation left = journal(id);
        assertThat(left.state).as("a crash before the charge must not leave a finished create")
                .isIn(Operation.State.RUNNING, Operation.State.UNKNOWN);
        assertThat(charges(name, ChargeKind.REGISTRY_CREATE)).isEmpty();
        assertThat(verisign().domain(name)).isPresent();

        Operation op = settledByTheSettleRun(id);

        assertThat(op.state).isEqualTo(Operation.State.SUCCEEDED);
        assertThat(createsSentWith(op.clTRID)).isEqualTo(1);
        assertThat(QuarkusTransaction.requiringNew().call(() -> Domain.byName(name))).isPresent();
        assertThat(charges(name, ChargeKind.REGISTRY_CREATE)).hasSize(1);
    }

    @Test
    void crashAfterTheCreateChargeCommitted_isSettledWithoutASecondCharge() {
        CrashingLedger crashing = crashAt(ChargeKind.REGISTRY_CREATE, CrashingLedger.Point.AFTER_THE_WRITE);
        String name = freshName();

        long id = orderDomain(name);
        await().atMost(SETTLED).until(crashing::crashed);
        assertThat(journal(id).state).isIn(Operation.State.RUNNING, Operation.State.UNKNOWN);
        assertThat(charges(name, ChargeKind.REGISTRY_CREATE)).hasSize(1);

        Operation op = settledByTheSettleRun(id);

        assertThat(op.state).isEqualTo(Operation.State.SUCCEEDED);
        assertThat(createsSentWith(op.clTRID)).isEqualTo(1);
        assertThat(QuarkusTransaction.requiringNew().call(() -> Domain.byName(name))).isPresent();
        assertThat(charges(name, ChargeKind.REGISTRY_CREATE)).hasSize(1);
    }

    @Test
    void crashBeforeTheAddGraceRefundIsWritten_deleteIsFinishedOnlyWithItsOneRefund() {
        String name = freshName();
        long createId = orderDomain(name);
        await().atMost(SETTLED).pollInterval(Duration.ofMillis(200)).until(() -> finished(journal(createId)));
        assertThat(journal(createId).state).isEqualTo(Operation.State.SUCCEEDED);
        List<LedgerEntry> charged = charges(name, ChargeKind.REGISTRY_CREATE);
        assertThat(charged).hasSize(1);
        long owner = ownerOf(name);
        CrashingLedger crashing = crashAt(ChargeKind.REFUND_ADD_GRACE, CrashingLedger.Point.BEFORE_THE_WRITE);

        frontend().header("X-Customer-Id", owner).header("Idempotency-Key", newKey())
                .delete("/api/v1/domains/" + name);
        await().atMost(SETTLED).until(crashing::crashed);
        Operation delete = QuarkusTransaction.requiringNew().call(() -> Operation.<Operation>find(
                "kind = ?1 and domain = ?2", Operation.Kind.DOMAIN_DELETE, name).firstResult());
        // The delete's own attempts may settle it at once; finished, it must have its refund.
        Operation.State stateAfterCrash = journal(delete.id).state;
        if (stateAfterCrash == Operation.State.SUCCEEDED) {
            assertThat(charges(name, ChargeKind.REFUND_ADD_GRACE)).as("a finished delete without its refund").hasSize(1);
        }

        Operation op = settledByTheSettleRun(delete.id);

        assertThat(op.state).isEqualTo(Operation.State.SUCCEEDED);
        assertThat(verisign().domain(name).map(DomainSnapshot::statuses).orElse(Set.of("gone")))
                .containsAnyOf("pendingDelete", "gone");
        assertThat(QuarkusTransaction.requiringNew().call(() -> Domain.byName(name))).isEmpty();
        List<LedgerEntry> refunds = charges(name, ChargeKind.REFUND_ADD_GRACE);
        assertThat(refunds).hasSize(1);
        assertThat(refunds.get(0).amount).isEqualByComparingTo(charged.get(0).amount.negate());
    }

    /** The failure stands in for the whole process dying at that instant; only this test sees it. */
    private CrashingLedger crashAt(ChargeKind kind, CrashingLedger.Point point) {
        // The bean itself, not its client proxy: the proxy will lead to the crashing ledger.
        CrashingLedger crashing = new CrashingLedger(ClientProxy.unwrap(ledger), kind, point);
        QuarkusMock.installMockForType(crashing, Ledger.class);
        return crashing;
    }

    /** Triggers settle runs, as the schedule would every minute, until the entry is finished. */
    private Operation settledByTheSettleRun(long id) {
        await().atMost(SETTLED).pollInterval(Duration.ofMillis(500)).until(() -> {
            if (!finished(journal(id))) {
                runs.runNow(RunKind.SETTLE, JobRun.Trigger.MANUAL, "settle-run-test");
            }
            return finished(journal(id));
        });
        return journal(id);
    }

    private SandboxRegistry verisign() {
        return sandboxes.registry("verisign");
    }

    private long createsSentWith(String clTRID) {
        return verisign().commandLog().stream().filter(c -> c.type() == EppCommandType.DOMAIN_CREATE
                && c.clientTransactionId().filter(clTRID::equals).isPresent()).count();
    }

    private static boolean finished(Operation op) {
        return op.state == Operation.State.SUCCEEDED || op.state == Operation.State.FAILED;
    }

    private static Operation journal(long id) {
        return QuarkusTransaction.requiringNew().call(() -> Operation.<Operation>findById(id));
    }

    private static Operation awaitState(long id, Operation.State state) {
        await().atMost(SETTLED).pollInterval(Duration.ofMillis(200)).until(() -> journal(id).state == state);
        return journal(id);
    }

    private static List<LedgerEntry> charges(String name, ChargeKind kind) {
        return QuarkusTransaction.requiringNew().call(() -> LedgerEntry.<LedgerEntry>list("domain = ?1 and kind = ?2",
                name, kind));
    }

    private static String freshName() {
        return "settle-" + UUID.randomUUID().toString().substring(0, 12) + ".com";
    }

    /** The create order through the API; its entry is journalled before anything is sent. */
    private static long orderDomain(String name) {
        long customer = customer();
        long holder = contact(customer);
        return frontend().header("Idempotency-Key", newKey()).body("""
                        {"customerId":%d,"name":"%s","years":1,"holder":%d,"admin":%d,"tech":[%d],
                         "nameservers":["ns1.ophos.example","ns2.ophos.example"]}""".formatted(customer, name, holder,
                        holder, holder))
                .post("/api/v1/domains").then().extract().jsonPath().getLong("id");
    }

    private static RequestSpecification frontend() {
        return given().auth().preemptive().basic("frontend", "frontend").contentType(ContentType.JSON);
    }

    private static long ownerOf(String domain) {
        return given().auth().preemptive().basic("support", "support").get("/api/v1/domains/" + domain)
                .then().statusCode(200).extract().jsonPath().getLong("customerId");
    }

    private static String newKey() {
        return UUID.randomUUID().toString();
    }

    private static long customer() {
        return frontend().header("Idempotency-Key", newKey())
                .body("{\"name\":\"Dupont SARL\",\"email\":\"contact@dupont.example\"}")
                .post("/api/v1/customers").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static long contact(long customerId) {
        String json = """
                {"customerId":%d,"kind":"organization","name":"Jeanne Martin","organization":"Dupont SARL",
                 "email":"jeanne.martin@dupont.example","phone":"+33.145678900",
                 "address":{"street":["12 rue de la Paix"],"city":"Paris","postalCode":"75002","countryCode":"FR"},
                 "legalEntity":{"form":"company","siren":"732829320","vat":"FR44732829320"}}""".formatted(customerId);
        return frontend().header("Idempotency-Key", newKey()).body(json)
                .post("/api/v1/contacts").then().statusCode(201).extract().jsonPath().getLong("id");
    }
}
