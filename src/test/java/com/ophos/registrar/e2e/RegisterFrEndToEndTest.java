package com.ophos.registrar.e2e;

import static com.ophos.registrar.e2e.Gateway.SIREN;
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
import static com.ophos.registrar.e2e.RegisterComEndToEndTest.handleAt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import com.ophos.registrar.sandbox.ContactSnapshot;
import com.ophos.registrar.sandbox.DomainSnapshot;
import com.ophos.registrar.sandbox.EppCommandType;
import com.ophos.registrar.sandbox.SandboxRegistries;
import com.ophos.registrar.sandbox.SandboxRegistry;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** .fr through the AFNIC adapter and the AFNIC sandbox over EPP/TLS, and R1 refusing individuals before EPP. */
@QuarkusTest
class RegisterFrEndToEndTest {

    @Inject
    SandboxRegistries sandboxes;

    @Test
    void organizationHolderWithSiren_isRegisteredWithItsLegalEntityStoredAtAfnic() {
        SandboxRegistry afnic = sandboxes.registry("afnic");
        long customer = customer();
        long company = contact(organizationJson(customer));
        String name = uniqueLabel() + ".fr";

        String svTRID = registerAndFollow(domainJson(customer, name, company, company, company), newKey())
                .getString("result.svTRID");

        String handle = handleAt("afnic", company);
        assertThat(handle).as("AFNIC assigns contact handles; ours is only proposed")
                .doesNotStartWith("OPH");
        ContactSnapshot holder = afnic.contact(handle).orElseThrow();
        assertThat(holder.individual()).isFalse();
        assertThat(holder.org()).contains("Dupont SARL");
        assertThat(holder.sponsorClientId()).isEqualTo("ophos-afnic");
        assertThat(holder.legalEntity()).contains(Map.entry("legalStatus", "company"), Map.entry("siren", SIREN));

        DomainSnapshot held = afnic.domain(name).orElseThrow();
        assertThat(held.sponsorClientId()).isEqualTo("ophos-afnic");
        assertThat(held.registrant()).isEqualTo(Optional.of(handle));
        String expiresAt = asFrontendFor(customer).get("/api/v1/domains/" + name).then().statusCode(200)
                .body("registry", equalTo("afnic")).extract().jsonPath().getString("expiresAt");
        assertThat(Instant.parse(expiresAt).truncatedTo(ChronoUnit.MILLIS))
                .isEqualTo(held.expires().truncatedTo(ChronoUnit.MILLIS));
        assertThat(asFrontend().queryParam("kind", "REGISTRY_CREATE").get("/api/v1/customers/" + customer + "/ledger")
                .then().statusCode(200).extract().jsonPath().getString("entries[0].svTRID")).isEqualTo(svTRID);
    }

    @Test
    void personHolder_isRefusedByR1_andAfnicReceivesNoObjectCommand() {
        SandboxRegistry afnic = sandboxes.registry("afnic");
        long customer = customer();
        long person = contact(personJson(customer));
        long company = contact(organizationJson(customer));
        String name = uniqueLabel() + ".fr";
        long objectCommandsBefore = afnic.objectCommandsReceived();
        long contactCreatesBefore = afnic.commandsReceived(EppCommandType.CONTACT_CREATE);

        asFrontend().header("Idempotency-Key", newKey())
                .body(domainJson(customer, name, person, company, company)).post("/api/v1/domains")
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("status", equalTo(422))
                .body("rule", equalTo("R1"))
                .body("fields", hasItem("holder"))
                .body("type", endsWith("/holder-not-eligible"));

        assertThat(afnic.objectCommandsReceived()).isEqualTo(objectCommandsBefore);
        assertThat(afnic.commandsReceived(EppCommandType.CONTACT_CREATE)).isEqualTo(contactCreatesBefore);
        assertThat(afnic.domain(name)).isEmpty();
        asFrontend().get("/api/v1/domains/" + name).then().statusCode(404);
    }
}
