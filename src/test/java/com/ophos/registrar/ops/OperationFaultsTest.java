package com.ophos.registrar.ops;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.ophos.registrar.billing.ledger.ChargeKind;
import com.ophos.registrar.billing.ledger.LedgerEntry;
import com.ophos.registrar.lifecycle.ExecuteDomainCreate;
import com.ophos.registrar.lifecycle.OperationDispatcher;
import com.ophos.registrar.lifecycle.model.Domain;
import com.ophos.registrar.lifecycle.model.Operation;
import com.ophos.registrar.sandbox.DomainSnapshot;
import com.ophos.registrar.sandbox.EppCommandType;
import com.ophos.registrar.sandbox.FaultTrigger;
import com.ophos.registrar.sandbox.LoggedCommand;
import com.ophos.registrar.sandbox.SandboxRegistries;
import com.ophos.registrar.sandbox.SandboxRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Renew, create and delete through the API against the real sandbox registry with its fault
 * injection: whatever the network does, the registry applies each operation once and the customer
 * is charged once. Each test asserts the registry's state, the journal and the ledger.
 */
@QuarkusTest
class OperationFaultsTest {
    private static final Duration SETTLED = Duration.ofSeconds(60);

    @Inject
    SandboxRegistries sandboxes;

    @Inject
    ExecuteDomainCreate domainCreate;

    @Inject
    OperationDispatcher dispatcher;

    @AfterEach
    void clearFaults() {
        verisign().faults().clear();
    }

    @Test
    void renewAppliedButAnswerLost_isReconciledToOneRenewalAndOneCharge() {
        String name = registered();
        var before = verisign().domain(name).orElseThrow().expires();
        verisign().faults().closeAfterApplying(FaultTrigger.next(1));

        String key = newKey();
        long id = renew(name, key, 1);
        Operation op = awaitFinished(id);

        assertThat(op.state).isEqualTo(Operation.State.SUCCEEDED);
        var after = verisign().domain(name).orElseThrow().expires();
        assertThat(after.atZone(ZoneOffset.UTC).toLocalDate())
                .isEqualTo(before.atZone(ZoneOffset.UTC).toLocalDate().plusYears(1));
        assertThat(renewsSentWith(op.clTRID)).isEqualTo(1);
        assertThat(charges(name, ChargeKind.REGISTRY_RENEW)).hasSize(1);
        assertThat(QuarkusTransaction.requiringNew().call(() -> Domain.byName(name).orElseThrow().expiresAt))
                .isEqualTo(after);

        // the same request again is the same renewal: nothing more reaches the registry
        assertThat(renew(name, key, 1)).isEqualTo(id);
        assertThat(verisign().domain(name).orElseThrow().expires()).isEqualTo(after);
        assertThat(renewsSentWith(op.clTRID)).isEqualTo(1);
        assertThat(charges(name, ChargeKind.REGISTRY_RENEW)).hasSize(1);
    }

    @Test
    void renewDroppedBeforeApplying_isSentAgainAndAppliedOnce() {
        String name = registered();
        var before = verisign().domain(name).orElseThrow().expires();
        verisign().faults().closeBeforeApplying(FaultTrigger.next(1));

        Operation op = awaitFinished(renew(name, newKey(), 1));

        assertThat(op.state).isEqualTo(Operation.State.SUCCEEDED);
        assertThat(op.attempts).isEqualTo(2);
        assertThat(verisign().domain(name).orElseThrow().expires().atZone(ZoneOffset.UTC).toLocalDate())
                .isEqualTo(before.atZone(ZoneOffset.UTC).toLocalDate().plusYears(1));
        assertThat(charges(name, ChargeKind.REGISTRY_RENEW)).hasSize(1);
    }

    @Test
    void renewAnswered2400_isReconciledByInfoBeforeItIsSentAgain_renewedOnceChargedOnce() {
        String name = registered();
        var before = verisign().domain(name).orElseThrow().expires();
        verisign().faults().failCommands(FaultTrigger.next(1, EppCommandType.DOMAIN_RENEW));

        Operation op = awaitFinished(renew(name, newKey(), 1));

        assertThat(op.state).isEqualTo(Operation.State.SUCCEEDED);
        assertThat(op.attempts).isEqualTo(2);
        assertThat(verisign().domain(name).orElseThrow().expires().atZone(ZoneOffset.UTC).toLocalDate())
                .isEqualTo(before.atZone(ZoneOffset.UTC).toLocalDate().plusYears(1));
        assertThat(charges(name, ChargeKind.REGISTRY_RENEW)).hasSize(1);
        // issue 5: 2400 says nothing of how far the registry got, so a domain:info came between the two sends
        List<LoggedCommand> log = verisign().commandLog();
        List<Integer> sends = new ArrayList<>();
        for (int i = 0; i < log.size(); i++) {
            if (log.get(i).type() == EppCommandType.DOMAIN_RENEW
                    && log.get(i).clientTransactionId().filter(op.clTRID::equals).isPresent()) {
                sends.add(i);
            }
        }
        assertThat(sends).hasSize(2);
        assertThat(log.get(sends.get(0)).resultCode()).isEqualTo(2400);
        assertThat(log.subList(sends.get(0), sends.get(1))).anyMatch(c -> c.type() == EppCommandType.DOMAIN_INFO);
    }

    @Test
    void registryDownForAWhile_acceptedRenewalFinishesWhenItIsBack() throws Exception {
        String name = registered();
        var before = verisign().domain(name).orElseThrow().expires();
        verisign().faults().closeBeforeApplying(FaultTrigger.next(1_000)).refuseLogins(true);

        Response accepted = frontendActingFor(name).header("Idempotency-Key", newKey()).body("{\"years\":1}")
                .post("/api/v1/domains/" + name + "/renewals");
        accepted.then().statusCode(202);
        long id = accepted.jsonPath().getLong("id");
        Thread.sleep(1_500);
        assertThat(finished(journal(id))).isFalse();
        verisign().faults().clear();

        Operation op = awaitFinished(id);
        assertThat(op.state).isEqualTo(Operation.State.SUCCEEDED);
        assertThat(verisign().domain(name).orElseThrow().expires().atZone(ZoneOffset.UTC).toLocalDate())
                .isEqualTo(before.atZone(ZoneOffset.UTC).toLocalDate().plusYears(1));
        assertThat(charges(name, ChargeKind.REGISTRY_RENEW)).hasSize(1);
    }

    @Test
    void duplicateIdempotencyKeyInParallel_sendsOneRenewal() {
        String name = registered();
        String key = newKey();
        long renewsBefore = verisign().commandsReceived(EppCommandType.DOMAIN_RENEW);

        var first = CompletableFuture.supplyAsync(() -> renew(name, key, 1));
        var second = CompletableFuture.supplyAsync(() -> renew(name, key, 1));
        long id = first.join();
        assertThat(second.join()).isEqualTo(id);
        Operation op = awaitFinished(id);

        assertThat(op.state).isEqualTo(Operation.State.SUCCEEDED);
        assertThat(renewsSentWith(op.clTRID)).isEqualTo(1);
        assertThat(verisign().commandsReceived(EppCommandType.DOMAIN_RENEW) - renewsBefore).isEqualTo(1);
        assertThat(charges(name, ChargeKind.REGISTRY_RENEW)).hasSize(1);
    }

    @Test
    void sameKeyWithAnotherBody_is409() {
        String name = registered();
        String key = newKey();
        awaitFinished(renew(name, key, 1));

        frontendActingFor(name).header("Idempotency-Key", key).body("{\"years\":2}").post("/api/v1/domains/" + name + "/renewals")
                .then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void renewWithoutIdempotencyKey_is400AndSendsNothing() {
        String name = registered();
        long renewsBefore = verisign().commandsReceived(EppCommandType.DOMAIN_RENEW);

        frontendActingFor(name).body("{\"years\":1}").post("/api/v1/domains/" + name + "/renewals")
                .then().statusCode(400).contentType("application/problem+json");
        assertThat(verisign().commandsReceived(EppCommandType.DOMAIN_RENEW)).isEqualTo(renewsBefore);
    }

    @Test
    void createAppliedButAnswerLost_isReconciledToOneObjectAndOneCharge() {
        verisign().faults().closeAfterApplying(FaultTrigger.next(1, EppCommandType.DOMAIN_CREATE));

        Operation op = createThroughFaults();

        assertThat(op.state).isEqualTo(Operation.State.SUCCEEDED);
        assertThat(createsSentWith(op.clTRID)).isEqualTo(1);
        assertThat(verisign().domain(op.domain)).isPresent();
        assertThat(QuarkusTransaction.requiringNew().call(() -> Domain.byName(op.domain))).isPresent();
        assertThat(charges(op.domain, ChargeKind.REGISTRY_CREATE)).hasSize(1);
    }

    @Test
    void createDroppedBeforeApplying_isSentAgainAndAppliedOnce() {
        verisign().faults().closeBeforeApplying(FaultTrigger.next(1, EppCommandType.DOMAIN_CREATE));

        Operation op = createThroughFaults();

        assertThat(op.state).isEqualTo(Operation.State.SUCCEEDED);
        assertThat(op.attempts).isEqualTo(2);
        // the dropped command is in the log (read, not applied), the resend applied it
        assertThat(createsSentWith(op.clTRID)).isEqualTo(2);
        assertThat(verisign().domain(op.domain)).isPresent();
        assertThat(charges(op.domain, ChargeKind.REGISTRY_CREATE)).hasSize(1);
    }

    /**
     * Registers a name and drives its entry the way the restart resume does (reconcile an unknown
     * outcome by info, send again what was not applied) until the registry's answer is known.
     */
    private Operation createThroughFaults() {
        long customer = customer();
        long holder = contact(customer);
        String name = "ops-" + UUID.randomUUID().toString().substring(0, 12) + ".com";
        long id = frontend().header("Idempotency-Key", newKey()).body(domainJson(customer, name, holder))
                .post("/api/v1/domains").then().extract().jsonPath().getLong("id");
        await().atMost(SETTLED).pollInterval(Duration.ofMillis(200)).until(() -> {
            Operation op = journal(id);
            if (op.state == Operation.State.UNKNOWN) {
                domainCreate.reconcile(id);
            } else if (op.state == Operation.State.PENDING) {
                dispatcher.dispatch(op.kind, id).join();
            }
            return finished(journal(id));
        });
        return journal(id);
    }

    @Test
    void deleteInsideAddGrace_deletesOnceAndRefundsTheCreateCharge() {
        String name = registered();
        List<LedgerEntry> created = charges(name, ChargeKind.REGISTRY_CREATE);
        assertThat(created).hasSize(1);
        verisign().faults().closeAfterApplying(FaultTrigger.next(1));

        String key = newKey();
        long owner = ownerOf(name);
        Response answer = frontendFor(owner).header("Idempotency-Key", key).delete("/api/v1/domains/" + name);
        long id = answer.jsonPath().getLong("id");
        Operation op = awaitFinished(id);

        assertThat(op.state).isEqualTo(Operation.State.SUCCEEDED);
        assertThat(verisign().domain(name).map(DomainSnapshot::statuses).orElse(java.util.Set.of("gone")))
                .containsAnyOf("pendingDelete", "gone");
        assertThat(QuarkusTransaction.requiringNew().call(() -> Domain.byName(name))).isEmpty();
        await().atMost(SETTLED).until(() -> charges(name, ChargeKind.REFUND_ADD_GRACE).size() == 1);
        assertThat(charges(name, ChargeKind.REFUND_ADD_GRACE).get(0).amount)
                .isEqualByComparingTo(created.get(0).amount.negate());

        // replayed: the same operation, no second delete, no second refund
        frontendFor(owner).header("Idempotency-Key", key).delete("/api/v1/domains/" + name).then().statusCode(200)
                .body("id", org.hamcrest.Matchers.equalTo((int) id));
        assertThat(charges(name, ChargeKind.REFUND_ADD_GRACE)).hasSize(1);
    }

    private SandboxRegistry verisign() {
        return sandboxes.registry("verisign");
    }

    private long createsSentWith(String clTRID) {
        return verisign().commandLog().stream().filter(c -> c.type() == EppCommandType.DOMAIN_CREATE
                && c.clientTransactionId().filter(clTRID::equals).isPresent()).count();
    }

    private long renewsSentWith(String clTRID) {
        return verisign().commandLog().stream().filter(c -> c.type() == EppCommandType.DOMAIN_RENEW
                && c.clientTransactionId().filter(clTRID::equals).isPresent()).count();
    }

    private static long renew(String name, String key, int years) {
        Response answer = frontendActingFor(name).header("Idempotency-Key", key).body("{\"years\":" + years + "}")
                .post("/api/v1/domains/" + name + "/renewals");
        // 201 renewed, 202 still being worked on, 200 finished without a renewal (refused)
        assertThat(answer.statusCode()).as(answer.asString()).isIn(200, 201, 202);
        return answer.jsonPath().getLong("id");
    }

    private static boolean finished(Operation op) {
        return op.state == Operation.State.SUCCEEDED || op.state == Operation.State.FAILED;
    }

    private static Operation journal(long id) {
        return QuarkusTransaction.requiringNew().call(() -> Operation.<Operation>findById(id));
    }

    private static Operation awaitFinished(long id) {
        await().atMost(SETTLED).pollInterval(Duration.ofMillis(200)).until(() -> finished(journal(id)));
        return journal(id);
    }

    private static List<LedgerEntry> charges(String name, ChargeKind kind) {
        return QuarkusTransaction.requiringNew().call(() -> LedgerEntry.<LedgerEntry>list("domain = ?1 and kind = ?2",
                name, kind));
    }

    /** A .com name registered through the API and confirmed by the sandbox. */
    private String registered() {
        long customer = customer();
        long holder = contact(customer);
        String name = "ops-" + UUID.randomUUID().toString().substring(0, 12) + ".com";
        long id = frontend().header("Idempotency-Key", newKey()).body(domainJson(customer, name, holder))
                .post("/api/v1/domains").then().extract().jsonPath().getLong("id");
        assertThat(awaitFinished(id).state).isEqualTo(Operation.State.SUCCEEDED);
        assertThat(verisign().domain(name)).isPresent();
        return name;
    }

    private static RequestSpecification frontend() {
        return given().auth().preemptive().basic("frontend", "frontend").contentType(ContentType.JSON);
    }

    /** R23: the frontend acts for the customer who holds the name. */
    private static RequestSpecification frontendActingFor(String domain) {
        return frontendFor(ownerOf(domain));
    }

    private static RequestSpecification frontendFor(long customer) {
        return frontend().header("X-Customer-Id", customer);
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

    private static String domainJson(long customerId, String name, long holder) {
        return """
                {"customerId":%d,"name":"%s","years":1,"holder":%d,"admin":%d,"tech":[%d],
                 "nameservers":["ns1.ophos.example","ns2.ophos.example"]}""".formatted(customerId, name, holder, holder,
                holder);
    }
}
