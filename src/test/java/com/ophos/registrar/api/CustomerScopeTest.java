package com.ophos.registrar.api;

import static com.ophos.registrar.api.ApiFixtures.asFrontend;
import static com.ophos.registrar.api.ApiFixtures.asFrontendFor;
import static com.ophos.registrar.api.ApiFixtures.contact;
import static com.ophos.registrar.api.ApiFixtures.customer;
import static com.ophos.registrar.api.ApiFixtures.domainJson;
import static com.ophos.registrar.api.ApiFixtures.newKey;
import static com.ophos.registrar.api.ApiFixtures.organizationJson;
import static com.ophos.registrar.api.ApiFixtures.uniqueLabel;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import com.ophos.registrar.registry.inmemory.InMemoryRegistries;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** R23: a frontend request acts for one customer and reaches only that customer's data. */
@QuarkusTest
@TestProfile(InMemoryRegistries.class)
class CustomerScopeTest {
    long alice;
    long bob;
    long aliceContact;
    String aliceDomain;
    long aliceOperation;

    @BeforeEach
    void twoCustomers() {
        alice = customer();
        bob = customer();
        aliceContact = contact(organizationJson(alice));
        aliceDomain = uniqueLabel() + ".com";
        aliceOperation = asFrontendFor(alice).header("Idempotency-Key", newKey())
                .body(domainJson(alice, aliceDomain, aliceContact, aliceContact, aliceContact))
                .post("/api/v1/domains").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    @Test
    void theOwnerReachesItsData() {
        asFrontendFor(alice).get("/api/v1/customers/" + alice).then().statusCode(200);
        asFrontendFor(alice).get("/api/v1/contacts/" + aliceContact).then().statusCode(200);
        asFrontendFor(alice).get("/api/v1/domains/" + aliceDomain).then().statusCode(200);
        asFrontendFor(alice).get("/api/v1/operations/" + aliceOperation).then().statusCode(200);
        asFrontendFor(alice).queryParam("customer", alice).get("/api/v1/domains").then().statusCode(200)
                .body("items.name", hasItem(aliceDomain));
        asFrontendFor(alice).get("/api/v1/customers/" + alice + "/ledger").then().statusCode(200);
    }

    @Test
    void anotherCustomersRequestIsRefusedWithR23() {
        refusedForBob(asFrontendFor(bob).get("/api/v1/customers/" + alice).then());
        refusedForBob(asFrontendFor(bob).get("/api/v1/contacts/" + aliceContact).then());
        refusedForBob(asFrontendFor(bob).get("/api/v1/domains/" + aliceDomain).then());
        refusedForBob(asFrontendFor(bob).get("/api/v1/operations/" + aliceOperation).then());
        refusedForBob(asFrontendFor(bob).queryParam("customer", alice).get("/api/v1/domains").then());
        refusedForBob(asFrontendFor(bob).get("/api/v1/customers/" + alice + "/ledger").then());
        refusedForBob(asFrontendFor(bob).get("/api/v1/customers/" + alice + "/liability-cap").then());
    }

    @Test
    void anotherCustomersChangeIsRefusedAndChangesNothing() {
        refusedForBob(asFrontendFor(bob).header("Idempotency-Key", newKey()).body("{\"years\":1}")
                .post("/api/v1/domains/" + aliceDomain + "/renewals").then());
        refusedForBob(asFrontendFor(bob).header("Idempotency-Key", newKey())
                .delete("/api/v1/domains/" + aliceDomain).then());
        refusedForBob(asFrontendFor(bob).header("Idempotency-Key", newKey()).body(organizationJson(alice))
                .post("/api/v1/contacts").then());
        refusedForBob(asFrontendFor(bob).header("Idempotency-Key", newKey())
                .body(domainJson(alice, uniqueLabel() + ".com", aliceContact, aliceContact, aliceContact))
                .post("/api/v1/domains").then());

        asFrontendFor(alice).get("/api/v1/domains/" + aliceDomain).then().statusCode(200)
                .body("status", hasItem("ok"));
    }

    @Test
    void aFrontendRequestThatNamesNoCustomerIsMalformed() {
        asFrontend().get("/api/v1/contacts/" + aliceContact).then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("fields", hasItem("X-Customer-Id"));
        asFrontendFor(alice).header("X-Customer-Id", "alice").get("/api/v1/domains/" + aliceDomain).then()
                .statusCode(400);
    }

    @Test
    void supportStaffAreNotScoped() {
        given().auth().preemptive().basic("support", "support").get("/api/v1/contacts/" + aliceContact).then()
                .statusCode(200).body("customerId", equalTo((int) alice));
    }

    @Test
    void theOpenApiDocumentNamesTheHeader() {
        given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .body("paths.'/api/v1/domains/{name}'.get.parameters.name", hasItem("X-Customer-Id"))
                .body("paths.'/api/v1/operations/{id}'.get.parameters.name", hasItem("X-Customer-Id"));
    }

    private static void refusedForBob(ValidatableResponse response) {
        response.statusCode(403).contentType(startsWith("application/problem+json"))
                .body("rule", equalTo("R23")).body("fields", hasItem("X-Customer-Id"));
    }
}
