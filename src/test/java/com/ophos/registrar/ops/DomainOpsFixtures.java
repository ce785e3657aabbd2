package com.ophos.registrar.ops;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.ophos.registrar.dispute.DisputeCase;
import com.ophos.registrar.dispute.DisputeKind;
import com.ophos.registrar.dispute.DisputeState;
import com.ophos.registrar.lifecycle.model.Domain;
import com.ophos.registrar.lifecycle.model.Operation;
import com.ophos.registrar.sandbox.EppCommandType;
import com.ophos.registrar.sandbox.SandboxRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/** Names registered through the API on the sandbox, and what the domain-operation tests read back. */
final class DomainOpsFixtures {
    static final Duration SETTLED = Duration.ofSeconds(60);

    private DomainOpsFixtures() {
    }

    static RequestSpecification frontend() {
        return given().auth().preemptive().basic("frontend", "frontend").contentType(ContentType.JSON);
    }

    /** R23: the frontend acts for the customer who holds the name (unknown names: no customer to name). */
    static RequestSpecification frontendActingFor(String domain) {
        return QuarkusTransaction.requiringNew().call(() -> Domain.byName(domain).map(d -> d.customerId))
                .map(owner -> frontend().header("X-Customer-Id", owner)).orElseGet(DomainOpsFixtures::frontend);
    }

    static String newKey() {
        return UUID.randomUUID().toString();
    }

    /** A .com name registered through the API and confirmed by the sandbox. */
    static String registered(SandboxRegistry verisign) {
        long customer = frontend().header("Idempotency-Key", newKey())
                .body("{\"name\":\"Dupont SARL\",\"email\":\"contact@dupont.example\"}")
                .post("/api/v1/customers").then().statusCode(201).extract().jsonPath().getLong("id");
        String contact = """
                {"customerId":%d,"kind":"organization","name":"Jeanne Martin","organization":"Dupont SARL",
                 "email":"jeanne.martin@dupont.example","phone":"+33.145678900",
                 "address":{"street":["12 rue de la Paix"],"city":"Paris","postalCode":"75002","countryCode":"FR"},
                 "legalEntity":{"form":"company","siren":"732829320","vat":"FR44732829320"}}""".formatted(customer);
        long holder = frontend().header("Idempotency-Key", newKey()).body(contact)
                .post("/api/v1/contacts").then().statusCode(201).extract().jsonPath().getLong("id");
        String name = "dop-" + UUID.randomUUID().toString().substring(0, 12) + ".com";
        String domain = """
                {"customerId":%d,"name":"%s","years":1,"holder":%d,"admin":%d,"tech":[%d],
                 "nameservers":["ns1.ophos.example","ns2.ophos.example"]}""".formatted(customer, name, holder, holder,
                holder);
        long id = frontend().header("Idempotency-Key", newKey()).body(domain)
                .post("/api/v1/domains").then().extract().jsonPath().getLong("id");
        assertThat(awaitFinished(id).state).isEqualTo(Operation.State.SUCCEEDED);
        assertThat(verisign.domain(name)).isPresent();
        return name;
    }

    static Operation journal(long id) {
        return QuarkusTransaction.requiringNew().call(() -> Operation.<Operation>findById(id));
    }

    static boolean finished(Operation op) {
        return op.state == Operation.State.SUCCEEDED || op.state == Operation.State.FAILED;
    }

    static Operation awaitFinished(long id) {
        await().atMost(SETTLED).pollInterval(Duration.ofMillis(200)).until(() -> finished(journal(id)));
        return journal(id);
    }

    static long sentWith(SandboxRegistry registry, EppCommandType type, String clTRID) {
        return registry.commandLog().stream().filter(c -> c.type() == type
                && c.clientTransactionId().filter(clTRID::equals).isPresent()).count();
    }

    /** R3: support staff opened a claim on the name; it is frozen until the case ends. */
    static void disputed(String name) {
        QuarkusTransaction.requiringNew().run(() -> {
            DisputeCase c = new DisputeCase();
            c.domain = name;
            c.registryId = "verisign";
            c.customerId = 0L;
            c.kind = DisputeKind.THIRD_PARTY_CLAIM;
            c.grounds = "trademark claim (test)";
            c.state = DisputeState.OPEN;
            c.openedBy = "support";
            c.openedAt = Instant.now();
            c.persist();
        });
    }
}
