package com.ophos.registrar.e2e;

import static com.ophos.registrar.e2e.Gateway.asFrontend;
import static com.ophos.registrar.e2e.Gateway.asFrontendFor;
import static com.ophos.registrar.e2e.Gateway.contact;
import static com.ophos.registrar.e2e.Gateway.customer;
import static com.ophos.registrar.e2e.Gateway.domainJson;
import static com.ophos.registrar.e2e.Gateway.newKey;
import static com.ophos.registrar.e2e.Gateway.organizationJson;
import static com.ophos.registrar.e2e.Gateway.personJson;
import static com.ophos.registrar.e2e.Gateway.registerAndFollow;
import static com.ophos.registrar.e2e.Gateway.uniqueLabel;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import com.ophos.registrar.sandbox.DomainSnapshot;
import com.ophos.registrar.sandbox.EppCommandType;
import com.ophos.registrar.sandbox.LoggedCommand;
import com.ophos.registrar.sandbox.SandboxRegistry;
import com.ophos.registrar.sandbox.SandboxRegistries;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A .com ordered through the API on the default test profile: the Verisign adapter talks EPP over TLS to
 * the in-process Verisign sandbox, and what the API, the registry and the ledger say must agree.
 */
@QuarkusTest
class RegisterComEndToEndTest {
    /** Real names carry ampersands and quotes; the registry must store them as the customer typed them. */
    private static final String XML_SPECIAL_NAME = "Jean \"Jo\" O'Brien & Fils &amp;";

    @Inject
    SandboxRegistries sandboxes;

    @Test
    void checkCustomerContactsRegister_registryLedgerAndApiAgree() {
        SandboxRegistry verisign = sandboxes.registry("verisign");
        String name = uniqueLabel() + ".com";

        asFrontend().queryParam("name", name).get("/api/v1/domains/check").then().statusCode(200)
                .body("results[0].available", equalTo(true))
                .body("results[0].registry", equalTo("verisign"))
                .body("results[0].price.source", equalTo("registry-fee-extension"))
                .body("results[0].price.createPerYear", equalTo(10.26f))
                .body("results[0].price.currency", equalTo("USD"));

        long customer = customer();
        long holder = contact(organizationJson(customer));
        long tech = contact(personJson(customer).replace("Jean Dupont", XML_SPECIAL_NAME.replace("\"", "\\\"")));
        long createsBefore = verisign.commandsReceived(EppCommandType.DOMAIN_CREATE);
        String idempotencyKey = newKey();
        String order = domainJson(customer, name, holder, holder, tech);

        JsonPath operation = registerAndFollow(order, idempotencyKey);
        String clTRID = operation.getString("clTRID");
        String svTRID = operation.getString("result.svTRID");
        assertThat(operation.getInt("result.code")).isEqualTo(1000);
        assertThat(svTRID).isNotBlank();

        DomainSnapshot held = verisign.domain(name).orElseThrow();
        assertThat(held.sponsorClientId()).isEqualTo("ophos-vrsn");
        assertThat(held.nameservers()).containsExactlyInAnyOrder("ns1.ophos.example", "ns2.ophos.example");
        assertThat(held.registrant()).isEqualTo(Optional.of(handleAt("verisign", holder)));
        assertThat(held.contacts().get("tech")).containsExactly(handleAt("verisign", tech));
        assertThat(verisign.contact(handleAt("verisign", tech)).orElseThrow().name())
                .as("XML-special characters reach the registry as text").isEqualTo(XML_SPECIAL_NAME);
        assertThat(verisign.commandLog()).filteredOn(c -> c.type() == EppCommandType.DOMAIN_CREATE)
                .filteredOn(c -> c.clientTransactionId().equals(Optional.of(clTRID)))
                .extracting(LoggedCommand::resultCode).containsExactly(1000);

        String expiresAt = asFrontendFor(customer).get("/api/v1/domains/" + name).then().statusCode(200)
                .body("registry", equalTo("verisign"))
                .body("holder", equalTo((int) holder))
                .extract().jsonPath().getString("expiresAt");
        assertThat(Instant.parse(expiresAt).truncatedTo(ChronoUnit.MILLIS))
                .isEqualTo(held.expires().truncatedTo(ChronoUnit.MILLIS));
        assertThat(held.expires()).isBetween(held.created().plus(365, ChronoUnit.DAYS),
                held.created().plus(366, ChronoUnit.DAYS));

        JsonPath ledger = asFrontend().queryParam("kind", "REGISTRY_CREATE")
                .get("/api/v1/customers/" + customer + "/ledger").then().statusCode(200).extract().jsonPath();
        assertThat(ledger.getLong("total")).isEqualTo(1);
        assertThat(ledger.getString("entries[0].domain")).isEqualTo(name);
        assertThat(ledger.getString("entries[0].svTRID")).isEqualTo(svTRID);
        assertThat(ledger.getString("entries[0].clTRID")).isEqualTo(clTRID);
        assertThat(ledger.getString("entries[0].amount")).isEqualTo("10.26");
        assertThat(ledger.getString("entries[0].currency")).isEqualTo("USD");
        assertThat(ledger.getString("entries[0].registryId")).isEqualTo("verisign");

        asFrontend().header("Idempotency-Key", idempotencyKey).body(order).post("/api/v1/domains").then()
                .statusCode(201).body("id", equalTo(operation.getInt("id")));
        asFrontend().queryParam("customer", customer).get("/api/v1/domains").then().statusCode(200)
                .body("total", equalTo(1)).body("items.name", hasItem(name));
        assertThat(verisign.commandsReceived(EppCommandType.DOMAIN_CREATE)).isEqualTo(createsBefore + 1);
        assertThat(asFrontend().queryParam("kind", "REGISTRY_CREATE").get("/api/v1/customers/" + customer + "/ledger")
                .jsonPath().getLong("total")).isEqualTo(1);
    }

    /** The contact's handle at that registry, as the API shows it ("verisign:OPH12"). */
    static String handleAt(String registryId, long contactId) {
        return given().auth().preemptive().basic("support", "support").get("/api/v1/contacts/" + contactId).then().statusCode(200).extract().jsonPath()
                .getList("registryHandles", String.class).stream()
                .filter(h -> h.startsWith(registryId + ":")).map(h -> h.substring(registryId.length() + 1))
                .findFirst().orElseThrow(() -> new AssertionError("no " + registryId + " handle for " + contactId));
    }
}
