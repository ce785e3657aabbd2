package com.ophos.registrar.api.billing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import com.ophos.registrar.billing.BillingTestProfile;
import com.ophos.registrar.billing.contract.Contract;
import com.ophos.registrar.billing.contract.ContractFixture;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The contract API end to end: order, pay, activate, change, terminate, withdraw, support actions, price notices. */
@QuarkusTest
@TestProfile(BillingTestProfile.class)
class ContractResourceTest {

    @Inject
    MockMailbox mailbox;

    @Test
    @TestSecurity(user = "frontend", roles = "frontend")
    void orderPayActivateUpgradeAndTerminate() {
        String recorded = "owner-" + java.util.UUID.randomUUID() + "@example.com";
        String named = "someone-else-" + java.util.UUID.randomUUID() + "@example.com";
        long customer = ContractFixture.newCustomer(recorded);
        String domain = ContractFixture.newDomain();
        var created = given().contentType(ContentType.JSON)
                .body(Map.of("customerId", customer, "offer", "pro", "termMonths", 6, "paymentMethod", "transfer",
                        "domain", domain))
                .post("/api/v1/contracts")
                .then().statusCode(201)
                .body("status", equalTo("ORDERED"))
                .body("offer.name", equalTo("pro"))
                .body("offer.priceMonthly", equalTo("9.99"))
                .body("offer.features", contains("1 website", "100 GB storage", "50 mailboxes", "daily backups"))
                .body("subscriptionAmount", equalTo("59.94"))
                .body("paid", equalTo(false))
                .extract();
        int id = created.path("id");
        assertThat(created.header("Location")).endsWith("/api/v1/contracts/" + id);

        given().header("X-Customer-Id", customer).contentType(ContentType.JSON).body(Map.of("email", "owner@example.com"))
                .post("/api/v1/contracts/{id}/activation", id)
                .then().statusCode(422).body("rule", equalTo("R6"));

        given().header("X-Customer-Id", customer).contentType(ContentType.JSON)
                .body(Map.of("amount", new java.math.BigDecimal("59.94"), "currency", "EUR", "method", "transfer", "reference", "bank-" + id))
                .post("/api/v1/contracts/{id}/payments", id)
                .then().statusCode(200).body("paid", equalTo(true)).body("paidAt", notNullValue());

        // A body naming another address is ignored: the notice goes to the customer's recorded e-mail (issue 6).
        given().header("X-Customer-Id", customer).contentType(ContentType.JSON).body(Map.of("email", named))
                .post("/api/v1/contracts/{id}/activation", id)
                .then().statusCode(200).body("status", equalTo("ACTIVE")).body("activatedAt", notNullValue())
                .body("termEndsAt", notNullValue());
        assertThat(mailbox.getMailsSentTo(recorded)).hasSize(1);
        assertThat(mailbox.getMailsSentTo(named)).isEmpty();

        given().header("X-Customer-Id", customer).contentType(ContentType.JSON).body(Map.of("offer", "starter"))
                .post("/api/v1/contracts/{id}/change", id)
                .then().statusCode(422).body("rule", equalTo("R13")).body("fields", contains("offer"));

        given().header("X-Customer-Id", customer).contentType(ContentType.JSON).body(Map.of("offer", "semi-dedicated"))
                .post("/api/v1/contracts/{id}/change", id)
                .then().statusCode(200).body("offer.name", equalTo("semi-dedicated"))
                .body("offer.priceMonthly", equalTo("29.90"));

        given().header("X-Customer-Id", customer).get("/api/v1/contracts/{id}/renewal-quote", id)
                .then().statusCode(200).body("months", equalTo(6)).body("monthlyPrice", equalTo("29.90"))
                .body("amount", equalTo("179.40"));

        given().header("X-Customer-Id", customer).contentType(ContentType.JSON).post("/api/v1/contracts/{id}/withdrawal", id)
                .then().statusCode(422).body("rule", equalTo("R16"));

        given().header("X-Customer-Id", customer).contentType(ContentType.JSON).post("/api/v1/contracts/{id}/termination", id)
                .then().statusCode(200).body("status", equalTo("TERMINATION_REQUESTED")).body("endsAt", notNullValue());

        given().header("X-Customer-Id", customer).get("/api/v1/contracts/{id}", id)
                .then().statusCode(200).body("status", equalTo("TERMINATION_REQUESTED"))
                .body("domain", equalTo(domain)).body("customerId", equalTo(Math.toIntExact(customer)));

        given().header("X-Customer-Id", customer).queryParam("kind", "CONTRACT_UPGRADE").get("/api/v1/customers/{c}/ledger", customer)
                .then().statusCode(200).body("total", equalTo(1));
    }

    @Test
    @TestSecurity(user = "frontend", roles = "frontend")
    void theRulesOfTheOrderAreNamedInTheRefusal() {
        given().contentType(ContentType.JSON)
                .body(Map.of("customerId", 5, "offer", "pro", "termMonths", 3, "paymentMethod", "card",
                        "domain", ContractFixture.newDomain()))
                .post("/api/v1/contracts")
                .then().statusCode(422).body("rule", equalTo("R11")).body("fields", contains("termMonths"));
        given().contentType(ContentType.JSON)
                .body(Map.of("customerId", 5, "offer", "pro", "termMonths", 1, "paymentMethod", "cheque",
                        "domain", ContractFixture.newDomain()))
                .post("/api/v1/contracts")
                .then().statusCode(422).body("rule", equalTo("R9")).body("fields", contains("paymentMethod"));
        given().contentType(ContentType.JSON)
                .body(Map.of("customerId", 5, "offer", "platinum", "termMonths", 12, "paymentMethod", "card",
                        "domain", ContractFixture.newDomain()))
                .post("/api/v1/contracts")
                .then().statusCode(400).body("fields", contains("offer")).body("rule", nullValue());
        given().contentType(ContentType.JSON)
                .body(Map.of("customerId", 5, "offer", "pro", "termMonths", 12, "paymentMethod", "card", "domain", "x"))
                .post("/api/v1/contracts")
                .then().statusCode(400).body("fields", contains("domain"));
        given().get("/api/v1/contracts/{id}", Long.MAX_VALUE).then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "frontend", roles = "frontend")
    void withdrawalBeforeActivation() {
        int id = order("starter", 12, "cheque");
        given().header("X-Customer-Id", ownerOf(id)).contentType(ContentType.JSON)
                .post("/api/v1/contracts/{id}/withdrawal", id)
                .then().statusCode(200).body("status", equalTo("WITHDRAWN")).body("withdrawnAt", notNullValue());
    }

    @Test
    @TestSecurity(user = "frontend", roles = "frontend")
    void supportActionsAreForbiddenToTheFrontend() {
        int id = order("starter", 12, "card");
        given().contentType(ContentType.JSON).body(Map.of("reason", "LATE_PAYMENT"))
                .post("/api/v1/contracts/{id}/suspension", id).then().statusCode(403);
        given().contentType(ContentType.JSON).post("/api/v1/contracts/{id}/resumption", id).then().statusCode(403);
        given().contentType(ContentType.JSON).body(Map.of("termEndsAt", "2027-01-01", "reason", "breach"))
                .post("/api/v1/contracts/{id}/term", id).then().statusCode(403);
        given().contentType(ContentType.JSON).body(Map.of("violationReference", "v1", "reason", "phishing"))
                .post("/api/v1/contracts/{id}/content-violations", id).then().statusCode(403);
        given().contentType(ContentType.JSON).body(Map.of("newPriceMonthly", new java.math.BigDecimal("3.00")))
                .post("/api/v1/offers/api-basic/price-changes").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "support-zoe", roles = "support")
    void supportSuspendsResumesAndAnnouncesPriceChanges() {
        int id = order("starter", 6, "transfer");
        given().contentType(ContentType.JSON).body(Map.of("reason", "late_payment"))
                .post("/api/v1/contracts/{id}/suspension", id)
                .then().statusCode(200).body("suspended", equalTo(true));
        given().contentType(ContentType.JSON).body(Map.of("reason", "HOLIDAYS"))
                .post("/api/v1/contracts/{id}/suspension", id)
                .then().statusCode(400).body("fields", contains("reason"));
        given().contentType(ContentType.JSON).post("/api/v1/contracts/{id}/resumption", id)
                .then().statusCode(200).body("kind", equalTo("REACTIVATION_FEE")).body("amount", equalTo("15.00"))
                .body("currency", equalTo("EUR")).body("vatAmount", equalTo("3.00"));
        given().contentType(ContentType.JSON).post("/api/v1/contracts/{id}/resumption", id)
                .then().statusCode(409);

        given().contentType(ContentType.JSON).body(Map.of("newPriceMonthly", new java.math.BigDecimal("2.75")))
                .post("/api/v1/offers/api-basic/price-changes")
                .then().statusCode(201).body("rule", equalTo("R7")).body("oldPriceMonthly", equalTo("2.50"))
                .body("newPriceMonthly", equalTo("2.75")).body("oppositionEndsAt", notNullValue());
        given().contentType(ContentType.JSON).body(Map.of("newPriceMonthly", new java.math.BigDecimal("2.10")))
                .post("/api/v1/offers/api-basic/price-changes")
                .then().statusCode(400).body("fields", contains("newPriceMonthly"));
        given().get("/api/v1/offers/api-basic/price-changes")
                .then().statusCode(200).body("newPriceMonthly", contains("2.75"));
        given().get("/api/v1/offers/nothing/price-changes").then().statusCode(400);
    }

    /** R23: contract actions name the customer the frontend acts for. */
    private static long ownerOf(int contractId) {
        return QuarkusTransaction.requiringNew().call(() ->
                Contract.require(contractId).customerId);
    }

    private static int order(String offer, int termMonths, String method) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("customerId", ContractFixture.newCustomer(), "offer", offer, "termMonths", termMonths,
                        "paymentMethod", method, "domain", ContractFixture.newDomain()))
                .post("/api/v1/contracts")
                .then().statusCode(201).extract().path("id");
    }
}
