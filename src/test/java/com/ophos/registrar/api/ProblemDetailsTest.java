package com.ophos.registrar.api;

import static com.ophos.registrar.api.ApiFixtures.asFrontend;
import static com.ophos.registrar.api.ApiFixtures.contact;
import static com.ophos.registrar.api.ApiFixtures.customer;
import static com.ophos.registrar.api.ApiFixtures.domainJson;
import static com.ophos.registrar.api.ApiFixtures.newKey;
import static com.ophos.registrar.api.ApiFixtures.organizationJson;
import static com.ophos.registrar.api.ApiFixtures.uniqueLabel;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import com.ophos.registrar.registry.inmemory.InMemoryRegistries;
import com.ophos.registrar.registry.inmemory.InMemoryRegistry;
import com.ophos.registrar.registry.inmemory.InMemoryRegistryFactory;
import com.ophos.registrar.registry.spi.Outcome;
import jakarta.inject.Inject;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

/** Every refusal is RFC 9457 problem+json naming the field and, where one applies, the rule. */
@QuarkusTest
@TestProfile(InMemoryRegistries.class)
class ProblemDetailsTest {
    @Inject
    InMemoryRegistryFactory registries;
    private static final String PROBLEM = "application/problem+json";

    private static void postCustomer(String body, int status, String field) {
        asFrontend().header("Idempotency-Key", newKey()).body(body).post("/api/v1/customers")
                .then().statusCode(status).contentType(PROBLEM)
                .body("status", equalTo(status))
                .body("type", notNullValue())
                .body("title", notNullValue())
                .body("detail", notNullValue())
                .body("fields", hasItem(field));
    }

    @Test
    void unknownField_is400NamingIt() {
        postCustomer("{\"name\":\"A\",\"email\":\"a@b.example\",\"vip\":true}", 400, "vip");
    }

    @Test
    void wrongTypes_are400_noCoercion() {
        long customer = customer();
        long holder = contact(organizationJson(customer));
        String stringYears = domainJson(customer, uniqueLabel() + ".com", holder, holder, holder)
                .replace("\"years\":1", "\"years\":\"1\"");
        asFrontend().header("Idempotency-Key", newKey()).body(stringYears).post("/api/v1/domains")
                .then().statusCode(400).contentType(PROBLEM).body("fields", hasItem("years"));
        String decimalYears = stringYears.replace("\"years\":\"1\"", "\"years\":1.5");
        asFrontend().header("Idempotency-Key", newKey()).body(decimalYears).post("/api/v1/domains")
                .then().statusCode(400).contentType(PROBLEM).body("fields", hasItem("years"));
        postCustomer("{\"name\":42,\"email\":\"a@b.example\"}", 400, "name");
    }

    @Test
    void nullOrMissingRequiredValues_are400() {
        postCustomer("{\"name\":null,\"email\":\"a@b.example\"}", 400, "name");
        postCustomer("{\"email\":\"a@b.example\"}", 400, "name");
    }

    @Test
    void malformedJsonAndTrailingTokens_are400() {
        asFrontend().header("Idempotency-Key", newKey()).body("{\"name\":\"A\",").post("/api/v1/customers")
                .then().statusCode(400).contentType(PROBLEM);
        asFrontend().header("Idempotency-Key", newKey()).body("{\"name\":\"A\",\"email\":\"a@b.example\"} {}")
                .post("/api/v1/customers").then().statusCode(400).contentType(PROBLEM);
    }

    @Test
    void contactFormats_are400NamingTheNestedField() {
        long customer = customer();
        String badPhone = organizationJson(customer).replace("+33.145678900", "01 45 67 89 00");
        asFrontend().header("Idempotency-Key", newKey()).body(badPhone).post("/api/v1/contacts")
                .then().statusCode(400).contentType(PROBLEM).body("fields", hasItem("phone"));
        String badCity = organizationJson(customer).replace("\"city\":\"Paris\"", "\"city\":\"\"");
        asFrontend().header("Idempotency-Key", newKey()).body(badCity).post("/api/v1/contacts")
                .then().statusCode(400).contentType(PROBLEM).body("fields", hasItem("address.city"));
        String badSiren = organizationJson(customer).replace("732829320", "12AB");
        asFrontend().header("Idempotency-Key", newKey()).body(badSiren).post("/api/v1/contacts")
                .then().statusCode(400).contentType(PROBLEM).body("fields", hasItem("legalEntity.siren"));
        String badKind = organizationJson(customer).replace("\"organization\",\"name\"", "\"robot\",\"name\"");
        asFrontend().header("Idempotency-Key", newKey()).body(badKind).post("/api/v1/contacts")
                .then().statusCode(400).contentType(PROBLEM).body("fields", hasItem("kind"));
    }

    @Test
    void idempotencyKeyReusedWithAnotherBody_is409() {
        String key = newKey();
        asFrontend().header("Idempotency-Key", key).body("{\"name\":\"A\",\"email\":\"a@b.example\"}")
                .post("/api/v1/customers").then().statusCode(201);
        asFrontend().header("Idempotency-Key", key).body("{\"name\":\"A\",\"email\":\"a@b.example\"}")
                .post("/api/v1/customers").then().statusCode(201);
        asFrontend().header("Idempotency-Key", key).body("{\"name\":\"B\",\"email\":\"a@b.example\"}")
                .post("/api/v1/customers").then().statusCode(409).contentType(PROBLEM)
                .body("fields", hasItem("Idempotency-Key"));
    }

    @Test
    void sameKeyAndBody_returnsTheSameDomainOperation() {
        long customer = customer();
        long holder = contact(organizationJson(customer));
        String body = domainJson(customer, uniqueLabel() + ".org", holder, holder, holder);
        String key = newKey();
        long first = asFrontend().header("Idempotency-Key", key).body(body).post("/api/v1/domains")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        asFrontend().header("Idempotency-Key", key).body(body).post("/api/v1/domains")
                .then().statusCode(201).body("id", equalTo((int) first));
        asFrontend().header("Idempotency-Key", key).body(body.replace("\"years\":1", "\"years\":2"))
                .post("/api/v1/domains").then().statusCode(409).contentType(PROBLEM);
    }

    @Test
    void missingIdempotencyKeyOnEveryCreate_is400() {
        asFrontend().body("{\"name\":\"A\",\"email\":\"a@b.example\"}").post("/api/v1/customers")
                .then().statusCode(400).contentType(PROBLEM).body("fields", hasItem("Idempotency-Key"));
        asFrontend().body(organizationJson(customer())).post("/api/v1/contacts")
                .then().statusCode(400).contentType(PROBLEM).body("fields", hasItem("Idempotency-Key"));
    }

    @Test
    void unknownResources_are404() {
        asFrontend().get("/api/v1/customers/99999999").then().statusCode(404).contentType(PROBLEM);
        asFrontend().get("/api/v1/contacts/99999999").then().statusCode(404).contentType(PROBLEM);
        asFrontend().get("/api/v1/operations/99999999").then().statusCode(404).contentType(PROBLEM);
        asFrontend().get("/api/v1/nothing-here").then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void aBodyAboveTheLimit_is413() {
        String huge = "{\"name\":\"" + "x".repeat(70_000) + "\",\"email\":\"a@b.example\"}";
        asFrontend().header("Idempotency-Key", newKey()).body(huge).post("/api/v1/customers")
                .then().statusCode(413).contentType(PROBLEM).body("status", equalTo(413));
    }

    @Test
    void check_givesEveryNameItsEntry_withPricesAndNormalisedForms() {
        asFrontend().queryParam("name", "Café-" + uniqueLabel() + ".fr")
                .queryParam("name", "bad_name.com")
                .queryParam("name", uniqueLabel() + ".com")
                .get("/api/v1/domains/check")
                .then().statusCode(200)
                .body("results.size()", equalTo(3))
                .body("results[0].aLabel", containsString("xn--"))
                .body("results[0].uLabel", containsString("café-"))
                .body("results[0].available", equalTo(true))
                .body("results[0].registry", equalTo("afnic"))
                .body("results[0].price.source", equalTo("configured-tariff"))
                .body("results[0].price.createPerYear", equalTo(5.07f))
                .body("results[0].price.currency", equalTo("EUR"))
                .body("results[1].available", equalTo(false))
                .body("results[1].reason", equalTo("invalid-name: disallowed-character"))
                .body("results[2].price.source", equalTo("registry-fee-extension"))
                .body("results[2].price.currency", equalTo("USD"));
    }

    @Test
    void ruleRefusalsCarryTheRuleId() {
        long customer = customer();
        long holder = contact(organizationJson(customer));
        String withContract = domainJson(customer, uniqueLabel() + ".com", holder, holder, holder)
                .replace("\"years\":1", "\"years\":1,\"contractId\":77");
        asFrontend().header("Idempotency-Key", newKey()).body(withContract).post("/api/v1/domains")
                .then().statusCode(422).contentType(PROBLEM)
                .body("rule", equalTo("R6"))
                .body("type", endsWith("/contract-not-paid"))
                .body("fields", hasItem("contractId"));
    }

    @Test
    void aRegistryThatIsDown_is503_andOneThatPushesBack_is429_bothWithRetryAfter() {
        InMemoryRegistry generic = registries.registry("generic");
        generic.failNextCheck(Outcome.UNAVAILABLE);
        asFrontend().queryParam("name", uniqueLabel() + ".org").get("/api/v1/domains/check")
                .then().statusCode(503).contentType(PROBLEM).header("Retry-After", notNullValue())
                .body("type", endsWith("/registry-unavailable"));
        generic.failNextCheck(Outcome.SESSION_ENDED);
        asFrontend().queryParam("name", uniqueLabel() + ".org").get("/api/v1/domains/check")
                .then().statusCode(429).contentType(PROBLEM).header("Retry-After", notNullValue());
    }

    @Test
    void internalsNeverLeak() {
        asFrontend().get("/api/v1/domains/check").then().statusCode(400).contentType(PROBLEM)
                .body("detail", not(containsString("Exception")));
    }
}
