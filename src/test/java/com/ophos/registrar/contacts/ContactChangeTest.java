package com.ophos.registrar.contacts;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.ophos.registrar.billing.ledger.ChargeKind;
import com.ophos.registrar.billing.ledger.LedgerEntry;
import com.ophos.registrar.jobs.JobRun;
import com.ophos.registrar.jobs.RunKind;
import com.ophos.registrar.jobs.RunLauncher;
import com.ophos.registrar.lifecycle.ChangeHolderAtRegistry;
import com.ophos.registrar.lifecycle.ContactChangeIntent;
import com.ophos.registrar.lifecycle.ContactDetails;
import com.ophos.registrar.lifecycle.PropagateContactChange;
import com.ophos.registrar.lifecycle.ResumeOperations;
import com.ophos.registrar.lifecycle.journal.OperationJournal;
import com.ophos.registrar.lifecycle.model.Contact;
import com.ophos.registrar.lifecycle.model.Domain;
import com.ophos.registrar.lifecycle.model.Operation;
import com.ophos.registrar.sandbox.ContactSnapshot;
import com.ophos.registrar.sandbox.EppCommandType;
import com.ophos.registrar.sandbox.FaultTrigger;
import com.ophos.registrar.sandbox.SandboxRegistries;
import com.ophos.registrar.sandbox.SandboxRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * PATCH /api/v1/contacts/{id} against the sandbox registries over EPP/TLS: the change reaches every
 * registry holding the contact (Verisign, the generic registry, AFNIC with its legal-entity data), is
 * journalled and idempotent, is reconciled by contact:info after a lost answer, and is refused before
 * any frame when the input is bad or R1 forbids it.
 */
@QuarkusTest
class ContactChangeTest {
    private static final Duration SETTLED = Duration.ofSeconds(90);
    private static final String NEW_IDENTITY = """
            {"organization":"Dupont Holding SA","legalEntity":{"form":"company","siren":"552100554","vat":"FR40552100554"}}""";
    private static final String NEW_ADDRESS = """
            {"email":"legal-%s@dupont.example",
             "address":{"street":["1 quai Branly","Batiment B"],"city":"Lyon","postalCode":"69002","countryCode":"FR"}}""";

    @Inject
    SandboxRegistries sandboxes;

    @Inject
    ResumeOperations resume;

    @Inject
    OperationJournal journal;

    @Inject
    ObjectMapper json;

    @Inject
    ChangeHolderAtRegistry holderChange;

    @Inject
    PropagateContactChange propagate;

    @Inject
    RunLauncher launcher;

    @AfterEach
    void clearFaults() {
        registry("verisign").faults().clear();
        registry("generic").faults().clear();
    }

    @Test
    void aChangeReachesEveryRegistryHoldingTheContactOnceForOneKey() {
        long customer = customer();
        long contact = organisation(customer);
        register(customer, contact, "com");
        register(customer, contact, "org");
        Map<String, String> handles = handles(contact);
        assertThat(handles).containsKeys("verisign", "generic");
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String key = newKey();

        Response accepted = patch(contact, key, NEW_ADDRESS.formatted(tag));
        accepted.then().statusCode(202).body("kind", equalTo("contact-update"));
        assertThat(accepted.header("Location")).endsWith("/api/v1/operations/" + accepted.jsonPath().getLong("id"));
        Operation op = awaitFinished(accepted.jsonPath().getLong("id"));

        assertThat(op.state).isEqualTo(Operation.State.SUCCEEDED);
        for (String registryId : List.of("verisign", "generic")) {
            ContactSnapshot stored = registry(registryId).contact(handles.get(registryId)).orElseThrow();
            assertThat(stored.email()).as(registryId).isEqualTo("legal-" + tag + "@dupont.example");
            assertThat(stored.city()).as(registryId).isEqualTo("Lyon");
            assertThat(updatesSent(registryId, op.clTRID)).as(registryId).isEqualTo(1);
        }
        frontend().header("X-Customer-Id", customer).get("/api/v1/contacts/" + contact).then().statusCode(200)
                .body("email", equalTo("legal-" + tag + "@dupont.example"))
                .body("address.street[1]", equalTo("Batiment B"));

        // the same request again is the same operation and sends nothing; another body under the key is 409
        patch(contact, key, NEW_ADDRESS.formatted(tag)).then().statusCode(202)
                .body("id", equalTo((int) op.id.longValue()));
        patch(contact, key, NEW_ADDRESS.formatted("other")).then().statusCode(409);
        for (String registryId : List.of("verisign", "generic")) {
            assertThat(updatesSent(registryId, op.clTRID)).as(registryId).isEqualTo(1);
        }
    }

    @Test
    void anAfnicCopyIsUpdatedWithItsLegalEntityData() {
        long customer = customer();
        long contact = organisation(customer);
        register(customer, contact, "fr");
        String handle = handles(contact).get("afnic");
        String tag = UUID.randomUUID().toString().substring(0, 8);

        Operation op = awaitFinished(patch(contact, newKey(), NEW_ADDRESS.formatted(tag)).then().statusCode(202)
                .extract().jsonPath().getLong("id"));

        assertThat(op.state).isEqualTo(Operation.State.SUCCEEDED);
        ContactSnapshot stored = registry("afnic").contact(handle).orElseThrow();
        assertThat(stored.email()).isEqualTo("legal-" + tag + "@dupont.example");
        assertThat(stored.legalEntity()).containsEntry("legalStatus", "company").containsEntry("siren", "732829320");
    }

    @Test
    void anAnswerLostAfterTheRegistryAppliedItIsReconciledByContactInfoWithoutAResend() {
        long customer = customer();
        long contact = organisation(customer);
        register(customer, contact, "com");
        String handle = handles(contact).get("verisign");
        String tag = UUID.randomUUID().toString().substring(0, 8);
        long infosBefore = registry("verisign").commandsReceived(EppCommandType.CONTACT_INFO);
        registry("verisign").faults().closeAfterApplying(FaultTrigger.next(1));

        Operation op = awaitFinished(patch(contact, newKey(), NEW_ADDRESS.formatted(tag)).then().statusCode(202)
                .extract().jsonPath().getLong("id"));

        assertThat(op.state).isEqualTo(Operation.State.SUCCEEDED);
        assertThat(op.attempts).isGreaterThan(1);
        assertThat(updatesSent("verisign", op.clTRID)).as("applied once, never resent").isEqualTo(1);
        assertThat(registry("verisign").commandsReceived(EppCommandType.CONTACT_INFO)).isGreaterThan(infosBefore);
        assertThat(registry("verisign").contact(handle).orElseThrow().email())
                .isEqualTo("legal-" + tag + "@dupont.example");
        assertThat(stored(contact).email).isEqualTo("legal-" + tag + "@dupont.example");
    }

    @Test
    void entriesLeftByACrashAreResumedFromTheJournal() throws Exception {
        long customer = customer();
        long contact = organisation(customer);
        register(customer, contact, "org");
        String handle = handles(contact).get("generic");
        String tag = UUID.randomUUID().toString().substring(0, 8);
        // journalled, then the gateway died: one entry before anything was sent, one while it was being sent
        long neverSent = crashedEntry(contact, tag + "-a", false);
        long midSend = crashedEntry(contact, tag + "-b", true);

        resume.run();

        assertThat(awaitFinished(neverSent).state).isEqualTo(Operation.State.SUCCEEDED);
        Operation interrupted = awaitFinished(midSend);
        assertThat(interrupted.state).isEqualTo(Operation.State.SUCCEEDED);
        assertThat(registry("generic").contact(handle).orElseThrow().email()).isIn(
                "legal-" + tag + "-a@dupont.example", "legal-" + tag + "-b@dupont.example");
        assertThat(updatesSent("generic", journal(neverSent).clTRID)).isEqualTo(1);
    }

    /** A contact-change entry as a crashed gateway leaves it: PENDING (never sent) or RUNNING (sent, no answer). */
    private long crashedEntry(long contact, String tag, boolean running) throws Exception {
        Contact current = stored(contact);
        ContactDetails now = ContactDetails.of(current);
        ContactDetails changed = new ContactDetails(now.kind(), now.name(), now.organization(),
                "legal-" + tag + "@dupont.example", now.phone(), now.street(), now.city(), now.postalCode(),
                now.countryCode(), now.legalForm(), now.siren(), now.siret(), now.vat(), now.rna(), now.duns(),
                now.trademark());
        String intent = json.writeValueAsString(new ContactChangeIntent(contact, current.customerId, changed,
                current.registryHandles, Map.of()));
        long id = journal.open(Operation.Kind.CONTACT_UPDATE, "frontend", newKey(), "crash-" + tag, current.customerId,
                null, null, intent).operation().id;
        if (running) {
            journal.claim(id).orElseThrow();
        }
        return id;
    }

    @Test
    void aFrHolderIdentityChangeIsATradePendingUntilThePollMessageAndItsFeeIsChargedOnce() {
        long customer = customer();
        long contact = organisation(customer);
        String name = register(customer, contact, "fr");
        String oldHandle = handles(contact).get("afnic");
        registry("afnic").tradesStayPending(true);
        Operation change;
        Operation trade;
        try {
            change = awaitState(patch(contact, newKey(), NEW_IDENTITY).then().statusCode(202).extract().jsonPath()
                    .getLong("id"), Operation.State.RUNNING);
            trade = holderChangeOf(name);
            assertThat(trade.resultCode).isEqualTo(1001);
            assertThat(journal(change.id).resultCode).isEqualTo(1001);
            String newHandle = holderChange.intentOf(trade).newHolder();
            assertThat(newHandle).isNotEqualTo(oldHandle);
            assertThat(registry("afnic").contact(newHandle).orElseThrow().legalEntity())
                    .containsEntry("siren", "552100554");
            // the query keeps it pending; nothing is charged while the registry has not decided
            frontendActingFor(name).get("/api/v1/domains/" + name + "/holder-change").then().statusCode(200)
                    .body("state", equalTo("running")).body("result.code", equalTo(1001));
            assertThat(holderCharges(name)).isEmpty();
            assertThat(registry("afnic").domain(name).orElseThrow().registrant()).contains(oldHandle);

            assertThat(registry("afnic").decideTrade(name, true)).isTrue();
        } finally {
            registry("afnic").tradesStayPending(false);
        }
        launcher.runNow(RunKind.POLL, JobRun.Trigger.MANUAL, "test");

        assertThat(journal(trade.id).state).isEqualTo(Operation.State.SUCCEEDED);
        assertThat(journal(change.id).state).isEqualTo(Operation.State.SUCCEEDED);
        String newHandle = holderChange.intentOf(trade).newHolder();
        assertThat(registry("afnic").domain(name).orElseThrow().registrant()).contains(newHandle);
        assertThat(handles(contact).get("afnic")).isEqualTo(newHandle);
        assertThat(stored(contact).legalSiren).isEqualTo("552100554");

        // R19: once, at cost (the .fr tariff), with the registry's reference of the trade
        List<LedgerEntry> charges = holderCharges(name);
        assertThat(charges).hasSize(1);
        assertThat(charges.get(0).amount).isEqualByComparingTo("5.07");
        assertThat(charges.get(0).svTRID).isEqualTo(journal(trade.id).svTRID).isNotBlank();
        assertThat(charges.get(0).clTRID).isEqualTo(trade.clTRID);

        // a redelivered poll message, a retried settlement and another query change nothing
        holderChange.settle(trade.id, 1000, "redelivered");
        propagate.holderChangeMoved(trade.id);
        launcher.runNow(RunKind.POLL, JobRun.Trigger.MANUAL, "test");
        frontendActingFor(name).get("/api/v1/domains/" + name + "/holder-change").then().statusCode(200)
                .body("state", equalTo("succeeded"));
        assertThat(holderCharges(name)).hasSize(1);

        frontend().get("/api/v1/customers/" + customer + "/ledger").then().statusCode(200)
                .body("entries.findAll { it.kind == 'REGISTRY_HOLDER_CHANGE' }.size()", equalTo(1))
                .body("entries.find { it.kind == 'REGISTRY_HOLDER_CHANGE' }.amount", equalTo("5.07"))
                .body("entries.find { it.kind == 'REGISTRY_HOLDER_CHANGE' }.svTRID", equalTo(charges.get(0).svTRID))
                .body("entries.find { it.kind == 'REGISTRY_HOLDER_CHANGE' }.domain", equalTo(name));
    }

    @Test
    void supportCancelsAPendingTradeAndNothingIsCharged() {
        long customer = customer();
        long contact = organisation(customer);
        String name = register(customer, contact, "fr");
        String oldHandle = handles(contact).get("afnic");
        registry("afnic").tradesStayPending(true);
        try {
            long id = awaitState(patch(contact, newKey(), NEW_IDENTITY).then().statusCode(202).extract().jsonPath()
                    .getLong("id"), Operation.State.RUNNING).id;
            frontend().post("/api/v1/domains/" + name + "/holder-change/cancellation").then().statusCode(403);

            support().post("/api/v1/domains/" + name + "/holder-change/cancellation").then().statusCode(200)
                    .body("state", equalTo("failed"));

            assertThat(journal(id).state).isEqualTo(Operation.State.FAILED);
            assertThat(registry("afnic").decideTrade(name, true)).as("nothing left pending").isFalse();
            assertThat(registry("afnic").domain(name).orElseThrow().registrant()).contains(oldHandle);
            assertThat(holderCharges(name)).isEmpty();
            assertThat(stored(contact).legalSiren).isEqualTo("732829320");
            assertThat(handles(contact).get("afnic")).isEqualTo(oldHandle);
        } finally {
            registry("afnic").tradesStayPending(false);
        }
    }

    @Test
    void aFrHolderBecomingAPersonIsRefusedUnderR1BeforeAnyFrame() {
        long customer = customer();
        long contact = organisation(customer);
        register(customer, contact, "fr");
        long before = framesSent();
        String key = newKey();

        patch(contact, key, "{\"kind\":\"person\",\"name\":\"Jeanne Martin\"}").then().statusCode(422)
                .contentType("application/problem+json").body("rule", equalTo("R1"));

        assertThat(framesSent()).isEqualTo(before);
        assertThat(QuarkusTransaction.requiringNew().call(() -> Operation.byIdempotencyKey("frontend", key)))
                .isEmpty();
        assertThat(stored(contact).kind).isEqualTo(Contact.Kind.ORGANIZATION);
    }

    @Test
    void badInputIsRefusedNamingTheFieldAndNothingIsSent() {
        long customer = customer();
        long contact = organisation(customer);
        register(customer, contact, "com");
        long before = framesSent();

        patch(contact, newKey(), "{\"email\":\"not-an-address\"}").then().statusCode(400);
        patch(contact, newKey(), "{\"customerId\":1}").then().statusCode(400);
        patch(contact, newKey(), "{}").then().statusCode(400);
        patch(contact, newKey(), "{\"address\":{\"street\":[\"x\"],\"city\":\"Paris\",\"postalCode\":\"75001\","
                + "\"countryCode\":\"QQ\"}}").then().statusCode(400);
        frontend().body("{\"email\":\"a@b.example\"}").patch("/api/v1/contacts/" + contact).then().statusCode(400);
        patch(Long.MAX_VALUE / 3, newKey(), "{\"email\":\"a@b.example\"}").then().statusCode(404);

        assertThat(framesSent()).isEqualTo(before);
    }

    private SandboxRegistry registry(String id) {
        return sandboxes.registry(id);
    }

    private long framesSent() {
        return List.of("verisign", "generic", "afnic").stream().mapToLong(id -> registry(id).objectCommandsReceived())
                .sum();
    }

    private long updatesSent(String registryId, String operationTrid) {
        return registry(registryId).commandLog().stream().filter(c -> c.type() == EppCommandType.CONTACT_UPDATE
                && c.clientTransactionId().filter(id -> id.startsWith(operationTrid)).isPresent()).count();
    }

    private static Response patch(long contact, String key, String body) {
        Contact stored = stored(contact);
        RequestSpecification request = stored == null ? frontend() : frontend().header("X-Customer-Id", stored.customerId);
        return request.header("Idempotency-Key", key).body(body).patch("/api/v1/contacts/" + contact);
    }

    /** R23: the frontend acts for the customer who holds the name. */
    private static RequestSpecification frontendActingFor(String domain) {
        long owner = QuarkusTransaction.requiringNew().call(() -> Domain.byName(domain).orElseThrow().customerId);
        return frontend().header("X-Customer-Id", owner);
    }

    private static Map<String, String> handles(long contact) {
        return Map.copyOf(stored(contact).registryHandles);
    }

    private static Contact stored(long contact) {
        return QuarkusTransaction.requiringNew().call(() -> Contact.<Contact>findById(contact));
    }

    private static Operation journal(long id) {
        return QuarkusTransaction.requiringNew().call(() -> Operation.<Operation>findById(id));
    }

    private static Operation awaitState(long id, Operation.State state) {
        await().atMost(SETTLED).pollInterval(Duration.ofMillis(200)).until(() -> journal(id).state == state
                && journal(id).resultCode != null);
        return journal(id);
    }

    private static Operation holderChangeOf(String domain) {
        return QuarkusTransaction.requiringNew().call(() -> Operation.<Operation>find("kind = ?1 and domain = ?2",
                Operation.Kind.DOMAIN_HOLDER_CHANGE, domain).singleResult());
    }

    private static List<LedgerEntry> holderCharges(String domain) {
        return QuarkusTransaction.requiringNew().call(() -> LedgerEntry.<LedgerEntry>list("domain = ?1 and kind = ?2",
                domain, ChargeKind.REGISTRY_HOLDER_CHANGE));
    }

    private static RequestSpecification support() {
        return given().auth().preemptive().basic("support", "support").contentType(ContentType.JSON);
    }

    private static Operation awaitFinished(long id) {
        await().atMost(SETTLED).pollInterval(Duration.ofMillis(200)).until(() -> {
            Operation op = journal(id);
            return op.state == Operation.State.SUCCEEDED || op.state == Operation.State.FAILED;
        });
        return journal(id);
    }

    /** A name under this TLD registered through the API with the contact in every role. */
    private static String register(long customer, long contact, String tld) {
        String name = "contact-" + UUID.randomUUID().toString().substring(0, 12) + "." + tld;
        long id = frontend().header("Idempotency-Key", newKey()).body("""
                        {"customerId":%d,"name":"%s","years":1,"holder":%d,"admin":%d,"tech":[%d],
                         "nameservers":["ns1.ophos.example","ns2.ophos.example"]}""".formatted(customer, name, contact,
                        contact, contact))
                .post("/api/v1/domains").then().extract().jsonPath().getLong("id");
        assertThat(awaitFinished(id).state).as("registration of " + name).isEqualTo(Operation.State.SUCCEEDED);
        return name;
    }

    private static RequestSpecification frontend() {
        return given().auth().preemptive().basic("frontend", "frontend").contentType(ContentType.JSON);
    }

    private static String newKey() {
        return UUID.randomUUID().toString();
    }

    private static long customer() {
        return frontend().header("Idempotency-Key", newKey())
                .body("{\"name\":\"Dupont SARL\",\"email\":\"contact@dupont.example\"}")
                .post("/api/v1/customers").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static long organisation(long customerId) {
        String json = """
                {"customerId":%d,"kind":"organization","name":"Jeanne Martin","organization":"Dupont SARL",
                 "email":"jeanne.martin@dupont.example","phone":"+33.145678900",
                 "address":{"street":["12 rue de la Paix"],"city":"Paris","postalCode":"75002","countryCode":"FR"},
                 "legalEntity":{"form":"company","siren":"732829320","vat":"FR44732829320"}}""".formatted(customerId);
        return frontend().header("Idempotency-Key", newKey()).body(json)
                .post("/api/v1/contacts").then().statusCode(201).extract().jsonPath().getLong("id");
    }
}
