package com.ophos.registrar.api;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.UUID;

/** Creates what API tests need through the API itself, as the frontend user. */
final class ApiFixtures {
    private ApiFixtures() {
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
                 "legalEntity":{"form":"company","siren":"732829320","vat":"FR44732829320"}}""".formatted(customerId);
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
                 "nameservers":["ns1.ophos.example","ns2.ophos.example"]}""".formatted(customerId, name, holder, admin, tech);
    }
}
