package com.ophos.registrar.ops;

import static com.ophos.registrar.ops.DomainOpsFixtures.awaitFinished;
import static com.ophos.registrar.ops.DomainOpsFixtures.disputed;
import static com.ophos.registrar.ops.DomainOpsFixtures.frontend;
import static com.ophos.registrar.ops.DomainOpsFixtures.frontendActingFor;
import static com.ophos.registrar.ops.DomainOpsFixtures.newKey;
import static com.ophos.registrar.ops.DomainOpsFixtures.registered;
import static com.ophos.registrar.ops.DomainOpsFixtures.sentWith;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import com.ophos.registrar.billing.ledger.ChargeKind;
import com.ophos.registrar.billing.ledger.LedgerEntry;
import com.ophos.registrar.lifecycle.OperationDispatcher;
import com.ophos.registrar.lifecycle.journal.OperationJournal;
import com.ophos.registrar.lifecycle.model.Domain;
import com.ophos.registrar.lifecycle.model.Operation;
import com.ophos.registrar.sandbox.EppCommandType;
import com.ophos.registrar.sandbox.FaultTrigger;
import com.ophos.registrar.sandbox.SandboxRegistries;
import com.ophos.registrar.sandbox.SandboxRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.MonthDay;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * POST /api/v1/domains/{name}/expiry-alignment (ConsoliDate) against the Verisign sandbox over
 * EPP/TLS: the registry's expiry moves to the day asked, once, whatever the network did, and the
 * domain row follows; refused requests send nothing.
 */
@QuarkusTest
class AlignExpiryTest {

    @Inject
    SandboxRegistries sandboxes;

    @Inject
    OperationJournal journal;

    @Inject
    OperationDispatcher dispatcher;

    @AfterEach
    void clearFaults() {
        verisign().faults().clear();
    }

    @Test
    void theRegistryExpiryMovesToTheDay_andTheDomainRowFollows() {
        String name = registered(verisign());
        Instant before = expiryAt(name);
        MonthDay target = aDayAfter(before, 45);

        Operation op = awaitFinished(align(name, newKey(), target));

        assertThat(op.state).as(op.resultMessage).isEqualTo(Operation.State.SUCCEEDED);
        assertThat(op.kind).isEqualTo(Operation.Kind.DOMAIN_EXPIRY_SYNC);
        Instant after = expiryAt(name);
        assertThat(MonthDay.from(after.atOffset(ZoneOffset.UTC))).isEqualTo(target);
        assertThat(after).isAfter(before).isBefore(before.plus(366, ChronoUnit.DAYS));
        assertThat(sentWith(verisign(), EppCommandType.DOMAIN_UPDATE, op.clTRID)).isEqualTo(1);
        assertThat(rowOf(name).expiresAt).isEqualTo(after);
        frontendActingFor(name).get("/api/v1/operations/" + op.id).then().statusCode(200)
                .body("kind", equalTo("domain-expiry-sync"));

        // the name already expires on that day: done without a command (a sync would add a year)
        long updates = verisign().commandsReceived(EppCommandType.DOMAIN_UPDATE);
        Operation again = awaitFinished(align(name, newKey(), target));
        assertThat(again.state).isEqualTo(Operation.State.SUCCEEDED);
        assertThat(again.resultMessage).contains("nothing to change");
        assertThat(verisign().commandsReceived(EppCommandType.DOMAIN_UPDATE)).isEqualTo(updates);
        assertThat(expiryAt(name)).isEqualTo(after);
        // Verisign bills the added time: 45 days start a second month, at the .com renew tariff (10.26/year).
        assertThat(syncCharges(name)).singleElement().satisfies(charge -> {
            assertThat(charge.amount).isEqualByComparingTo("1.71");
            assertThat(charge.currency).isEqualTo("USD");
            assertThat(charge.operationId).isEqualTo(op.id);
            assertThat(charge.customerId).isEqualTo(rowOf(name).customerId);
        });
    }

    @Test
    void syncAppliedButAnswerLost_isReconciledByInfoToOneSync() {
        String name = registered(verisign());
        Instant before = expiryAt(name);
        MonthDay target = aDayAfter(before, 100);
        verisign().faults().closeAfterApplying(FaultTrigger.next(1, EppCommandType.DOMAIN_UPDATE));
        String key = newKey();

        Operation op = awaitFinished(align(name, key, target));

        assertThat(op.state).as(op.resultMessage).isEqualTo(Operation.State.SUCCEEDED);
        assertThat(op.resultMessage).contains("reconciled");
        assertThat(sentWith(verisign(), EppCommandType.DOMAIN_UPDATE, op.clTRID)).isEqualTo(1);
        Instant after = expiryAt(name);
        assertThat(MonthDay.from(after.atOffset(ZoneOffset.UTC))).isEqualTo(target);
        // moved once: a second sync would have pushed it a further year
        assertThat(after).isBefore(before.plus(366, ChronoUnit.DAYS));
        assertThat(rowOf(name).expiresAt).isEqualTo(after);

        // the same request again is the same operation: nothing more is sent
        assertThat(align(name, key, target)).isEqualTo(op.id);
        assertThat(sentWith(verisign(), EppCommandType.DOMAIN_UPDATE, op.clTRID)).isEqualTo(1);
        frontendActingFor(name).header("Idempotency-Key", key).body(body(aDayAfter(before, 10)))
                .post(path(name)).then().statusCode(409);
        // One sync, one charge: 100 days start a fourth month.
        assertThat(syncCharges(name)).singleElement()
                .satisfies(charge -> assertThat(charge.amount).isEqualByComparingTo("3.42"));
    }

    private static List<LedgerEntry> syncCharges(String name) {
        return QuarkusTransaction.requiringNew().call(() -> LedgerEntry.<LedgerEntry>list("domain = ?1 and kind = ?2",
                name, ChargeKind.REGISTRY_EXPIRY_SYNC));
    }

    @Test
    void syncDroppedBeforeApplying_isSentAgainAndAppliedOnce() {
        String name = registered(verisign());
        Instant before = expiryAt(name);
        MonthDay target = aDayAfter(before, 200);
        verisign().faults().closeBeforeApplying(FaultTrigger.next(1, EppCommandType.DOMAIN_UPDATE));

        Operation op = awaitFinished(align(name, newKey(), target));

        assertThat(op.state).as(op.resultMessage).isEqualTo(Operation.State.SUCCEEDED);
        assertThat(op.attempts).isEqualTo(2);
        assertThat(MonthDay.from(expiryAt(name).atOffset(ZoneOffset.UTC))).isEqualTo(target);
        assertThat(expiryAt(name)).isBefore(before.plus(366, ChronoUnit.DAYS));
    }

    @Test
    void aJournalledSyncLeftByARestart_isReconciledThenSentByTheDispatcher() {
        String name = registered(verisign());
        Instant before = expiryAt(name);
        MonthDay target = aDayAfter(before, 150);
        Domain row = rowOf(name);
        long id = journal.open(Operation.Kind.DOMAIN_EXPIRY_SYNC, "frontend", newKey(), "restart-" + newKey(),
                row.customerId, name, "verisign", "{\"name\":\"" + name + "\",\"customerId\":" + row.customerId
                        + ",\"expiryDay\":\"" + target + "\"}").operation().id;
        journal.unknown(id, 0, "interrupted (test)");

        // unknown and not applied: requeued, nothing sent yet
        dispatcher.reconcile(Operation.Kind.DOMAIN_EXPIRY_SYNC, id);
        Operation requeued = DomainOpsFixtures.journal(id);
        assertThat(requeued.state).isEqualTo(Operation.State.PENDING);
        assertThat(sentWith(verisign(), EppCommandType.DOMAIN_UPDATE, requeued.clTRID)).isZero();

        dispatcher.dispatch(Operation.Kind.DOMAIN_EXPIRY_SYNC, id).join();

        Operation op = DomainOpsFixtures.journal(id);
        assertThat(op.state).as(op.resultMessage).isEqualTo(Operation.State.SUCCEEDED);
        assertThat(sentWith(verisign(), EppCommandType.DOMAIN_UPDATE, op.clTRID)).isEqualTo(1);
        assertThat(MonthDay.from(expiryAt(name).atOffset(ZoneOffset.UTC))).isEqualTo(target);
        assertThat(rowOf(name).expiresAt).isEqualTo(expiryAt(name));
    }

    @Test
    void aRegistryWithoutExpirySync_isRefusedWith422NamingItsPolicy_andNothingIsSent() {
        String name = registeredAtGeneric();
        long commandsBefore = generic().objectCommandsReceived();

        Response answer = refused(name, body(MonthDay.of(6, 15)), 422, "expiryDay");

        answer.then().body("type", containsString("expiry-sync-not-offered"))
                .body("detail", containsString("registrar.registries.generic.policy.expiry-sync"));
        assertThat(generic().objectCommandsReceived()).isEqualTo(commandsBefore);
    }

    @Test
    void refusedInputs_sendNoSync() {
        String name = registered(verisign());
        long updatesBefore = verisign().commandsReceived(EppCommandType.DOMAIN_UPDATE);

        refused(name, "{\"expiryDay\":\"06-15\"}", 400, "expiryDay");
        refused(name, "{\"expiryDay\":\"--13-01\"}", 400, "expiryDay");
        refused(name, "{\"expiryDay\":\"--06-31\"}", 400, "expiryDay");
        refused(name, "{\"expiryDay\":\"--02-29\"}", 400, "expiryDay");
        refused(name, "{}", 400, "expiryDay");
        refused(name, "{\"expiryDay\":\"--06-15\",\"years\":1}", 400, null);
        frontendActingFor(name).body(body(MonthDay.of(6, 15))).post(path(name))
                .then().statusCode(400).contentType("application/problem+json");
        refused("not-ours-" + newKey().substring(0, 8) + ".com", body(MonthDay.of(6, 15)), 404, null);

        // R23: another customer's frontend session cannot align this name
        Response other = frontend().header("X-Customer-Id", rowOf(name).customerId + 1_000_000)
                .header("Idempotency-Key", newKey()).body(body(MonthDay.of(6, 15))).post(path(name));
        assertThat(other.statusCode()).as(other.asString()).isIn(403, 404);
        assertThat(other.contentType()).startsWith("application/problem+json");

        disputed(name);
        refused(name, body(MonthDay.of(6, 15)), 422, "name").then().body("rule", equalTo("R3"));

        assertThat(verisign().commandsReceived(EppCommandType.DOMAIN_UPDATE)).isEqualTo(updatesBefore);
    }

    /** A month-day some days after the given expiry, never February 29. */
    private static MonthDay aDayAfter(Instant expiry, int days) {
        MonthDay day = MonthDay.from(expiry.plus(days, ChronoUnit.DAYS).atOffset(ZoneOffset.UTC));
        return day.equals(MonthDay.of(2, 29)) ? MonthDay.of(3, 1) : day;
    }

    private Instant expiryAt(String name) {
        return verisign().domain(name).orElseThrow().expires();
    }

    private static Domain rowOf(String name) {
        return QuarkusTransaction.requiringNew().call(() -> Domain.byName(name).orElseThrow());
    }

    private static String body(MonthDay day) {
        return "{\"expiryDay\":\"" + day + "\"}";
    }

    private static String path(String name) {
        return "/api/v1/domains/" + name + "/expiry-alignment";
    }

    private static Response refused(String name, String body, int status, String field) {
        Response answer = frontendActingFor(name).header("Idempotency-Key", newKey()).body(body).post(path(name));
        answer.then().statusCode(status).contentType("application/problem+json");
        if (field != null) {
            assertThat(answer.asString()).as(body).contains("\"" + field + "\"");
        }
        return answer;
    }

    private static long align(String name, String key, MonthDay day) {
        Response answer = frontendActingFor(name).header("Idempotency-Key", key).body(body(day)).post(path(name));
        assertThat(answer.statusCode()).as(answer.asString()).isIn(200, 202);
        return answer.jsonPath().getLong("id");
    }

    /** A .org name at the generic registry, whose policy has no expiry sync. */
    private String registeredAtGeneric() {
        long customer = frontend().header("Idempotency-Key", newKey())
                .body("{\"name\":\"Durand SA\",\"email\":\"contact@durand.example\"}")
                .post("/api/v1/customers").then().statusCode(201).extract().jsonPath().getLong("id");
        String contact = """
                {"customerId":%d,"kind":"organization","name":"Paul Durand","organization":"Durand SA",
                 "email":"paul.durand@durand.example","phone":"+33.145678901",
                 "address":{"street":["3 rue du Bac"],"city":"Paris","postalCode":"75007","countryCode":"FR"}}"""
                .formatted(customer);
        long holder = frontend().header("Idempotency-Key", newKey()).body(contact)
                .post("/api/v1/contacts").then().statusCode(201).extract().jsonPath().getLong("id");
        String name = "sync-" + UUID.randomUUID().toString().substring(0, 12) + ".org";
        String domain = """
                {"customerId":%d,"name":"%s","years":1,"holder":%d,"admin":%d,"tech":[%d],
                 "nameservers":["ns1.ophos.example","ns2.ophos.example"]}""".formatted(customer, name, holder, holder,
                holder);
        long id = frontend().header("Idempotency-Key", newKey()).body(domain)
                .post("/api/v1/domains").then().extract().jsonPath().getLong("id");
        assertThat(awaitFinished(id).state).isEqualTo(Operation.State.SUCCEEDED);
        assertThat(generic().domain(name)).isPresent();
        return name;
    }

    private SandboxRegistry verisign() {
        return sandboxes.registry("verisign");
    }

    private SandboxRegistry generic() {
        return sandboxes.registry("generic");
    }
}
