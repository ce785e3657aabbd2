package com.ophos.registrar.api;

import static com.ophos.registrar.api.ApiFixtures.asFrontend;
import static com.ophos.registrar.api.ApiFixtures.asFrontendFor;
import static com.ophos.registrar.api.ApiFixtures.contact;
import static com.ophos.registrar.api.ApiFixtures.customer;
import static com.ophos.registrar.api.ApiFixtures.domainJson;
import static com.ophos.registrar.api.ApiFixtures.newKey;
import static com.ophos.registrar.api.ApiFixtures.organizationJson;
import static com.ophos.registrar.api.ApiFixtures.personJson;
import static com.ophos.registrar.api.ApiFixtures.uniqueLabel;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import com.ophos.registrar.registry.inmemory.InMemoryRegistries;
import com.ophos.registrar.registry.inmemory.InMemoryRegistry;
import com.ophos.registrar.registry.inmemory.InMemoryRegistryFactory;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(InMemoryRegistries.class)
class DomainApiTest {

    @Inject
    InMemoryRegistryFactory registries;

    @Test
    void registersACom_thenReadsItWithTheRegistrysExpiry() {
        long customer = customer();
        long holder = contact(organizationJson(customer));
        String name = uniqueLabel() + ".com";

        Response created = asFrontend().header("Idempotency-Key", newKey())
                .body(domainJson(customer, name, holder, holder, holder)).post("/api/v1/domains");
        created.then().statusCode(201)
                .header("Location", endsWith("/api/v1/domains/" + name))
                .body("state", equalTo("succeeded"))
                .body("kind", equalTo("domain-create"))
                .body("domain", equalTo(name))
                .body("result.code", equalTo(1000))
                .body("result.svTRID", notNullValue())
                .body("requestedBy", equalTo("frontend"));

        String expiresAt = asFrontendFor(customer).get("/api/v1/domains/" + name).then().statusCode(200)
                .body("name", equalTo(name))
                .body("unicodeName", equalTo(name))
                .body("registry", equalTo("verisign"))
                .body("status", hasItem("ok"))
                .body("holder", equalTo((int) holder))
                .extract().jsonPath().getString("expiresAt");
        assertThat(Instant.parse(expiresAt)).isBetween(Instant.now().plus(364, ChronoUnit.DAYS),
                Instant.now().plus(367, ChronoUnit.DAYS));
        assertThat(registries.registry("verisign").holds(name)).isTrue();

        long operationId = created.jsonPath().getLong("id");
        asFrontendFor(customer).get("/api/v1/operations/" + operationId).then().statusCode(200)
                .body("state", equalTo("succeeded"))
                .body("result.message", notNullValue())
                .body("createdAt", notNullValue())
                .body("updatedAt", notNullValue());

        asFrontend().queryParam("customer", customer).get("/api/v1/domains").then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].name", equalTo(name));
    }

    @Test
    void aSlowRegistry_gets202WithTheOperationToFollow() {
        long customer = customer();
        long holder = contact(organizationJson(customer));
        String name = uniqueLabel() + ".net";
        InMemoryRegistry verisign = registries.registry("verisign");
        verisign.failNextCreate(InMemoryRegistry.Fault.HOLD);
        try {
            String location = asFrontend().header("Idempotency-Key", newKey())
                    .body(domainJson(customer, name, holder, holder, holder)).post("/api/v1/domains")
                    .then().statusCode(202)
                    .header("Location", containsString("/api/v1/operations/"))
                    .body("state", equalTo("running"))
                    .extract().header("Location");
            verisign.releaseHeldCreate();
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                    asFrontendFor(customer).get(location).then().statusCode(200).body("state", equalTo("succeeded")));
            asFrontendFor(customer).get("/api/v1/domains/" + name).then().statusCode(200).body("expiresAt", notNullValue());
        } finally {
            verisign.releaseHeldCreate();
        }
    }

    @Test
    void frenchNameForAPersonHolder_isRefusedByR1_withoutAnyRegistryTraffic() {
        long customer = customer();
        long person = contact(personJson(customer));
        String name = uniqueLabel() + ".fr";
        InMemoryRegistry afnic = registries.registry("afnic");
        int before = afnic.commands().size();

        asFrontend().header("Idempotency-Key", newKey())
                .body(domainJson(customer, name, person, person, person)).post("/api/v1/domains")
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("rule", equalTo("R1"))
                .body("fields", hasItem("holder"))
                .body("detail", containsString("company's policy"))
                .body("type", endsWith("/holder-not-eligible"));

        assertThat(afnic.commands()).hasSize(before);
    }

    @Test
    void frenchNameForALegalEntity_isRegistered() {
        long customer = customer();
        long company = contact(organizationJson(customer));
        String name = uniqueLabel() + ".fr";

        asFrontend().header("Idempotency-Key", newKey())
                .body(domainJson(customer, name, company, company, company)).post("/api/v1/domains")
                .then().statusCode(201).body("state", equalTo("succeeded"));
        assertThat(registries.registry("afnic").holds(name)).isTrue();
    }

    @Test
    void unknownTld_is422UnsupportedTld() {
        long customer = customer();
        long holder = contact(organizationJson(customer));
        asFrontend().header("Idempotency-Key", newKey())
                .body(domainJson(customer, uniqueLabel() + ".example", holder, holder, holder)).post("/api/v1/domains")
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", endsWith("/unsupported-tld"))
                .body("rule", nullValue())
                .body("fields", hasItem("name"));
    }

    @Test
    void missingIdempotencyKey_is400() {
        long customer = customer();
        long holder = contact(organizationJson(customer));
        asFrontend().body(domainJson(customer, uniqueLabel() + ".com", holder, holder, holder)).post("/api/v1/domains")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("fields", hasItem("Idempotency-Key"));
    }

    @Test
    void unknownDomain_is404() {
        asFrontend().get("/api/v1/domains/" + uniqueLabel() + ".com").then().statusCode(404)
                .contentType("application/problem+json").body("status", equalTo(404));
    }
}
