package com.ophos.registrar.ops;

import static com.ophos.registrar.ops.DomainOpsFixtures.awaitFinished;
import static com.ophos.registrar.ops.DomainOpsFixtures.frontend;
import static com.ophos.registrar.ops.DomainOpsFixtures.journal;
import static com.ophos.registrar.ops.DomainOpsFixtures.newKey;
import static com.ophos.registrar.ops.DomainOpsFixtures.registered;
import static com.ophos.registrar.ops.DomainOpsFixtures.sentWith;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import com.ophos.registrar.billing.ledger.ChargeKind;
import com.ophos.registrar.billing.ledger.LedgerEntry;
import com.ophos.registrar.lifecycle.model.Domain;
import com.ophos.registrar.lifecycle.model.Operation;
import com.ophos.registrar.sandbox.DomainSnapshot;
import com.ophos.registrar.sandbox.EppCommandType;
import com.ophos.registrar.sandbox.FaultTrigger;
import com.ophos.registrar.sandbox.SandboxRegistries;
import com.ophos.registrar.sandbox.SandboxRegistry;
import com.ophos.registrar.sandbox.Tariff;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * POST /api/v1/domains/{name}/restorations against the sandboxes: Verisign (RGP request then report,
 * fee extension) and AFNIC (request only, tariff). A name the gateway deleted, held in
 * redemptionPeriod, comes back for its customer with its row, and the restore fee is charged once;
 * anything else is refused before a restore is sent.
 */
@QuarkusTest
class RestoreTest {
    /** Past Verisign's 5-day add grace: a delete then puts the name in redemption instead of purging it. */
    private static final Duration PAST_ADD_GRACE = Duration.ofDays(6);

    @Inject
    SandboxRegistries sandboxes;

    @AfterEach
    void configuredPricesAndNoFaults() {
        verisign().configuredPrices();
        verisign().faults().clear();
    }

    @Test
    void aDeletedNameInRedemption_isRestoredByRequestAndReport_forItsCustomer_andChargedOnce() {
        String name = inRedemption();
        Domain before = row(name).orElseThrow();
        long owner = before.customerId;
        assertThat(verisign().domain(name).orElseThrow().rgpStatuses()).contains("redemptionPeriod");

        String key = newKey();
        long id = restore(name, owner, key);
        Operation op = awaitFinished(id);

        assertThat(op.state).as(op.resultMessage).isEqualTo(Operation.State.SUCCEEDED);
        assertThat(op.kind).isEqualTo(Operation.Kind.DOMAIN_RESTORE);
        DomainSnapshot atRegistry = verisign().domain(name).orElseThrow();
        assertThat(atRegistry.rgpStatuses()).doesNotContain("redemptionPeriod", "pendingRestore");
        assertThat(atRegistry.statuses()).doesNotContain("pendingDelete");
        // RFC 3915 at Verisign: the request, then the report under a clTRID of its own.
        assertThat(sentWith(verisign(), EppCommandType.DOMAIN_UPDATE, op.clTRID)).isEqualTo(1);
        assertThat(sentWith(verisign(), EppCommandType.DOMAIN_UPDATE, op.clTRID + "-rpt")).isEqualTo(1);
        Domain after = row(name).orElseThrow();
        assertThat(after.customerId).isEqualTo(owner);
        assertThat(after.holderContactId).isEqualTo(before.holderContactId);
        assertThat(after.registryId).isEqualTo(before.registryId);
        assertThat(after.expiresAt).isEqualTo(atRegistry.expires());
        List<LedgerEntry> charges = restoreCharges(name);
        assertThat(charges).hasSize(1);
        assertThat(charges.get(0).amount).isEqualByComparingTo(new BigDecimal("40.00"));
        assertThat(charges.get(0).currency).isEqualTo("USD");
        assertThat(charges.get(0).customerId).isEqualTo(owner);
        assertThat(charges.get(0).svTRID).isEqualTo(op.svTRID);

        // The same request again: the same operation, nothing sent, nothing charged.
        long updates = verisign().commandsReceived(EppCommandType.DOMAIN_UPDATE);
        assertThat(restore(name, owner, key)).isEqualTo(id);
        assertThat(verisign().commandsReceived(EppCommandType.DOMAIN_UPDATE)).isEqualTo(updates);
        assertThat(restoreCharges(name)).hasSize(1);
    }

    @Test
    void aRequestAppliedButItsAnswerLost_isReconciledByInfo_andFinishedByTheReportAlone() {
        String name = inRedemption();
        long owner = row(name).orElseThrow().customerId;
        // The registry applies the request (pendingRestore) and the connection drops before its answer.
        verisign().faults().closeAfterApplying(FaultTrigger.next(1, EppCommandType.DOMAIN_UPDATE));

        Operation op = awaitFinished(restore(name, owner, newKey()));

        assertThat(op.state).as(op.resultMessage).isEqualTo(Operation.State.SUCCEEDED);
        assertThat(sentWith(verisign(), EppCommandType.DOMAIN_UPDATE, op.clTRID)).as("the request, once")
                .isEqualTo(1);
        assertThat(sentWith(verisign(), EppCommandType.DOMAIN_UPDATE, op.clTRID + "-rpt")).isEqualTo(1);
        assertThat(verisign().domain(name).orElseThrow().rgpStatuses()).doesNotContain("redemptionPeriod",
                "pendingRestore");
        assertThat(row(name).orElseThrow().customerId).isEqualTo(owner);
        // The request's own answer (and its fee) was lost: the quote it echoed is charged, once.
        assertThat(restoreCharges(name)).singleElement()
                .satisfies(charge -> assertThat(charge.amount).isEqualByComparingTo("40.00"));
    }

    @Test
    void atAfnic_theRequestAloneRestores_pricedByTheTariff() {
        String name = registeredAtAfnic();
        long owner = row(name).orElseThrow().customerId;
        afnic().clock().advance(PAST_ADD_GRACE);
        Response deletion = actingFor(owner).header("Idempotency-Key", newKey()).delete("/api/v1/domains/" + name);
        assertThat(deletion.statusCode()).as(deletion.asString()).isIn(200, 202);
        assertThat(afnic().domain(name).orElseThrow().rgpStatuses()).contains("redemptionPeriod");
        long checks = afnic().commandsReceived(EppCommandType.DOMAIN_CHECK);

        Operation op = awaitFinished(restore(name, owner, newKey()));

        assertThat(op.state).as(op.resultMessage).isEqualTo(Operation.State.SUCCEEDED);
        assertThat(afnic().domain(name).orElseThrow().rgpStatuses()).doesNotContain("redemptionPeriod", "pendingRestore");
        assertThat(sentWith(afnic(), EppCommandType.DOMAIN_UPDATE, op.clTRID)).isEqualTo(1);
        assertThat(sentWith(afnic(), EppCommandType.DOMAIN_UPDATE, op.clTRID + "-rpt")).isZero();
        // AFNIC offers no fee extension: no fee check, the configured .fr restore tariff.
        assertThat(afnic().commandsReceived(EppCommandType.DOMAIN_CHECK)).isEqualTo(checks);
        assertThat(restoreCharges(name)).singleElement().satisfies(charge -> {
            assertThat(charge.amount).isEqualByComparingTo("5.07");
            assertThat(charge.currency).isEqualTo("EUR");
        });
        assertThat(row(name).orElseThrow().customerId).isEqualTo(owner);
    }

    @Test
    void aPriceChangeBetweenQuoteAndRestore_failsTheRestore_andChargesNothing() {
        String name = inRedemption();
        long owner = row(name).orElseThrow().customerId;
        verisign().repriceBeforeNext(EppCommandType.DOMAIN_UPDATE, "com", new Tariff("USD", new BigDecimal("10.26"),
                new BigDecimal("10.26"), new BigDecimal("10.26"), new BigDecimal("45.00")));

        Operation op = awaitFinished(restore(name, owner, newKey()));

        // RFC 8748 section 3.8: the echoed 40.00 no longer matches; 2004 and nothing applied.
        assertThat(op.state).isEqualTo(Operation.State.FAILED);
        assertThat(op.resultCode).isEqualTo(2004);
        assertThat(verisign().domain(name).orElseThrow().rgpStatuses()).contains("redemptionPeriod");
        assertThat(row(name)).isEmpty();
        assertThat(restoreCharges(name)).isEmpty();
    }

    @Test
    void namesNotInRedemption_orOfAnotherCustomer_areRefusedBeforeAnyRestoreIsSent() {
        String active = registered(verisign());
        long owner = row(active).orElseThrow().customerId;
        String deleted = inRedemption();
        long deletedOwner = journalledOwner(deleted);
        long updates = verisign().commandsReceived(EppCommandType.DOMAIN_UPDATE);

        // Never deleted through the gateway.
        actingFor(owner).header("Idempotency-Key", newKey()).post(restorations(active)).then().statusCode(404);
        // Deleted inside the add grace period: purged at once, nothing to restore.
        String purged = registered(verisign());
        long purgedOwner = row(purged).orElseThrow().customerId;
        Response deletion = actingFor(purgedOwner).header("Idempotency-Key", newKey()).delete("/api/v1/domains/" + purged);
        assertThat(awaitFinished(deletion.jsonPath().getLong("id")).state).isEqualTo(Operation.State.SUCCEEDED);
        actingFor(purgedOwner).header("Idempotency-Key", newKey()).post(restorations(purged)).then().statusCode(422)
                .body("type", containsString("not-in-redemption")).body("detail", containsString("redemptionPeriod"))
                .body("fields[0]", equalTo("name"));
        // R23: another customer's name.
        actingFor(owner).header("Idempotency-Key", newKey()).post(restorations(deleted)).then().statusCode(403)
                .body("rule", equalTo("R23"));
        // No Idempotency-Key.
        actingFor(deletedOwner).post(restorations(deleted)).then().statusCode(400);

        assertThat(verisign().commandsReceived(EppCommandType.DOMAIN_UPDATE)).isEqualTo(updates);
        assertThat(verisign().domain(deleted).orElseThrow().rgpStatuses()).contains("redemptionPeriod");
    }

    /** A name registered through the API, then deleted past its add grace period: in redemption. */
    private String inRedemption() {
        String name = registered(verisign());
        long owner = row(name).orElseThrow().customerId;
        verisign().clock().advance(PAST_ADD_GRACE);
        Response deletion = actingFor(owner).header("Idempotency-Key", newKey()).delete("/api/v1/domains/" + name);
        assertThat(deletion.statusCode()).as(deletion.asString()).isIn(200, 202);
        assertThat(journal(deletion.jsonPath().getLong("id")).resultCode).isEqualTo(1001);
        return name;
    }

    /** A .fr name for a company (R1), registered through the API and confirmed by the AFNIC sandbox. */
    private String registeredAtAfnic() {
        long customer = frontend().header("Idempotency-Key", newKey())
                .body("{\"name\":\"Dupont SARL\",\"email\":\"contact@dupont.example\"}")
                .post("/api/v1/customers").then().statusCode(201).extract().jsonPath().getLong("id");
        long holder = frontend().header("Idempotency-Key", newKey()).body("""
                {"customerId":%d,"kind":"organization","name":"Jeanne Martin","organization":"Dupont SARL",
                 "email":"jeanne.martin@dupont.example","phone":"+33.145678900",
                 "address":{"street":["12 rue de la Paix"],"city":"Paris","postalCode":"75002","countryCode":"FR"},
                 "legalEntity":{"form":"company","siren":"732829320","vat":"FR44732829320"}}""".formatted(customer))
                .post("/api/v1/contacts").then().statusCode(201).extract().jsonPath().getLong("id");
        String name = "rgp-" + java.util.UUID.randomUUID().toString().substring(0, 12) + ".fr";
        long id = frontend().header("Idempotency-Key", newKey()).body("""
                {"customerId":%d,"name":"%s","years":1,"holder":%d,"admin":%d,"tech":[%d],
                 "nameservers":["ns1.ophos.example","ns2.ophos.example"]}""".formatted(customer, name, holder, holder,
                        holder))
                .post("/api/v1/domains").then().extract().jsonPath().getLong("id");
        assertThat(awaitFinished(id).state).isEqualTo(Operation.State.SUCCEEDED);
        return name;
    }

    private static long restore(String name, long owner, String key) {
        Response answer = actingFor(owner).header("Idempotency-Key", key).post(restorations(name));
        assertThat(answer.statusCode()).as(answer.asString()).isIn(200, 202);
        return answer.jsonPath().getLong("id");
    }

    private static String restorations(String name) {
        return "/api/v1/domains/" + name + "/restorations";
    }

    private static RequestSpecification actingFor(long customer) {
        return frontend().header("X-Customer-Id", customer);
    }

    private static long journalledOwner(String name) {
        return QuarkusTransaction.requiringNew().call(() -> Operation.<Operation>find(
                "kind = ?1 and domain = ?2 order by id desc", Operation.Kind.DOMAIN_DELETE, name)
                .firstResult().customerId);
    }

    private static java.util.Optional<Domain> row(String name) {
        return QuarkusTransaction.requiringNew().call(() -> Domain.byName(name).map(d -> {
            d.techContactIds.size();
            return d;
        }));
    }

    private static List<LedgerEntry> restoreCharges(String name) {
        return QuarkusTransaction.requiringNew().call(() -> LedgerEntry.<LedgerEntry>list("domain = ?1 and kind = ?2",
                name, ChargeKind.REGISTRY_RESTORE));
    }

    private SandboxRegistry verisign() {
        return sandboxes.registry("verisign");
    }

    private SandboxRegistry afnic() {
        return sandboxes.registry("afnic");
    }
}
