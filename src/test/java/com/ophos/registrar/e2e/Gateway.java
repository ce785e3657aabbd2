package com.ophos.registrar.e2e;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.UUID;

/** The ordering frontend's side of the end-to-end tests: everything goes through the JSON API. */
final class Gateway {
    static final String SIREN = "732829320";

    private Gateway() {
    }

    static RequestSpecification asFrontend() {
        return given().auth().preemptive().basic("frontend", "frontend").contentType(ContentType.JSON);
    }

    /** R23: the frontend names the customer it acts for on every request that reaches a customer's data. */
    static RequestSpecification asFrontendFor(long customerId) {
        return asFrontend().header("X-Customer-Id", customerId);
    }

    static String newKey() {
        return UUID.randomUUID().toString();
    }

    static String uniqueLabel() {
        return "example-" + UUID.randomUUID().toString().substring(0, 12);
    }

    static long customer() {
        return asFrontend().header("Idempotency-Key", newKey())
                .body("{\"name\":\"Dupont SARL\",\"email\":\"contact@dupont.example\"}")
                .post("/api/v1/customers").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    static String organizationJson(long customerId) {
        return """
                {"customerId":%d,"kind":"organization","name":"Jeanne Martin","organization":"Dupont SARL",
                 "email":"jeanne.martin@dupont.example","phone":"+33.145678900",
                 "address":{"street":["12 rue de la Paix"],"city":"Paris","postalCode":"75002","countryCode":"FR"},
                 "legalEntity":{"form":"company","siren":"%s","vat":"FR44732829320"}}"""
                .formatted(customerId, SIREN);
    }

    static String personJson(long customerId) {
        return """
                {"customerId":%d,"kind":"person","name":"Jean Dupont","email":"jean@dupont.example",
                 "phone":"+33.612345678",
                 "address":{"street":["3 place Bellecour"],"city":"Lyon","postalCode":"69002","countryCode":"FR"}}"""
                .formatted(customerId);
    }

    static long contact(String json) {
        return asFrontend().header("Idempotency-Key", newKey()).body(json)
                .post("/api/v1/contacts").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    static String domainJson(long customerId, String name, long holder, long admin, long tech) {
        return """
                {"customerId":%d,"name":"%s","years":1,"holder":%d,"admin":%d,"tech":[%d],
                 "nameservers":["ns1.ophos.example","ns2.ophos.example"]}"""
                .formatted(customerId, name, holder, admin, tech);
    }

    /** Orders the name and follows its operation (201 at once or 202 then polling) until it succeeded. */
    static JsonPath registerAndFollow(String body, String idempotencyKey) {
        Response ordered = asFrontend().header("Idempotency-Key", idempotencyKey).body(body).post("/api/v1/domains");
        ordered.then().statusCode(anyOf(equalTo(201), equalTo(202)));
        long operation = ordered.jsonPath().getLong("id");
        long customer = JsonPath.from(body).getLong("customerId");
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                asFrontendFor(customer).get("/api/v1/operations/" + operation).then().statusCode(200)
                        .body("state", equalTo("succeeded")));
        return asFrontendFor(customer).get("/api/v1/operations/" + operation).then().extract().jsonPath();
    }
}
