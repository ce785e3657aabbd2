package com.ophos.registrar.ops;

import static com.ophos.registrar.ops.DomainOpsFixtures.awaitFinished;
import static com.ophos.registrar.ops.DomainOpsFixtures.disputed;
import static com.ophos.registrar.ops.DomainOpsFixtures.frontend;
import static com.ophos.registrar.ops.DomainOpsFixtures.frontendActingFor;
import static com.ophos.registrar.ops.DomainOpsFixtures.newKey;
import static com.ophos.registrar.ops.DomainOpsFixtures.registered;
import static com.ophos.registrar.ops.DomainOpsFixtures.sentWith;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import com.ophos.registrar.common.audit.AuditEvent;
import com.ophos.registrar.common.crypto.SecretBox;
import com.ophos.registrar.lifecycle.model.Domain;
import com.ophos.registrar.lifecycle.model.Operation;
import com.ophos.registrar.sandbox.EppCommandType;
import com.ophos.registrar.sandbox.FaultTrigger;
import com.ophos.registrar.sandbox.SandboxRegistries;
import com.ophos.registrar.sandbox.SandboxRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * POST /api/v1/domains/{name}/auth-code against the sandbox: a secret to the registry's rules is set
 * at the registry, kept only sealed, returned only to the caller, and never journalled or audited in
 * clear.
 */
@QuarkusTest
class AuthCodeTest {
    @Inject
    SandboxRegistries sandboxes;

    @Inject
    SecretBox secrets;

    @AfterEach
    void clearFaults() {
        verisign().faults().clear();
    }

    @Test
    void newCode_isSetAtTheRegistry_storedSealed_andReturnedOnce() {
        String name = registered(verisign());
        String before = verisign().domain(name).orElseThrow().authInfo();
        String key = newKey();

        Response answer = authCode(name, key);
        answer.then().statusCode(200).body("operation.state", equalTo("succeeded"))
                .body("operation.kind", equalTo("domain-auth-code"));
        String code = answer.jsonPath().getString("authCode");

        // the registry policy: 16 characters with a letter, a digit and one of the specials
        assertThat(code).hasSize(16).containsPattern("[A-Za-z]").containsPattern("[2-9]")
                .containsPattern("[!#$%*+\\-=?@^_]");
        assertThat(code).isNotEqualTo(before);
        assertThat(verisign().domain(name).orElseThrow().authInfo()).isEqualTo(code);
        Domain row = QuarkusTransaction.requiringNew().call(() -> Domain.byName(name).orElseThrow());
        assertThat(row.authInfoEncrypted).doesNotContain(code);
        assertThat(secrets.open(row.authInfoEncrypted)).isEqualTo(code);
        long id = answer.jsonPath().getLong("operation.id");
        Operation op = awaitFinished(id);
        assertThat(op.intent).doesNotContain(code);
        assertThat(QuarkusTransaction.requiringNew().call(() -> AuditEvent.<AuditEvent>list("subject",
                "domain:" + name))).extracting(e -> String.valueOf(e.detail)).noneMatch(d -> d.contains(code));
        frontendActingFor(name).get("/api/v1/domains/" + name).then()
                .statusCode(200).body(org.hamcrest.Matchers.not(containsString(code)));

        // the same request again: the same operation and secret, nothing sent
        Response again = authCode(name, key);
        again.then().statusCode(200).body("operation.id", equalTo((int) id)).body("authCode", equalTo(code));
        assertThat(sentWith(verisign(), EppCommandType.DOMAIN_UPDATE, op.clTRID)).isEqualTo(1);

        // a new request is a new secret
        String next = authCode(name, newKey()).jsonPath().getString("authCode");
        assertThat(next).isNotEqualTo(code);
        assertThat(verisign().domain(name).orElseThrow().authInfo()).isEqualTo(next);
    }

    @Test
    void answerLost_theSameSecretIsSetAgain_andTheRegistryHoldsTheReturnedOne() {
        String name = registered(verisign());
        verisign().faults().closeAfterApplying(FaultTrigger.next(1, EppCommandType.DOMAIN_UPDATE));

        Response answer = authCode(name, newKey());
        long id = answer.jsonPath().getLong("operation.id");
        Operation op = awaitFinished(id);
        // 202 when the answer took longer than the API's wait: the same request again gets the secret
        String code = answer.jsonPath().getString("authCode") != null ? answer.jsonPath().getString("authCode")
                : authCodeAgain(name, op);

        assertThat(op.state).isEqualTo(Operation.State.SUCCEEDED);
        assertThat(verisign().domain(name).orElseThrow().authInfo()).isEqualTo(code);
        // the lost answer is followed by one resend of the same clTRID and secret: one effect
        assertThat(sentWith(verisign(), EppCommandType.DOMAIN_UPDATE, op.clTRID)).isEqualTo(2);
        assertThat(secrets.open(QuarkusTransaction.requiringNew()
                .call(() -> Domain.byName(name).orElseThrow().authInfoEncrypted))).isEqualTo(code);
    }

    @Test
    void refusals_sendNothing() {
        String name = registered(verisign());
        long updatesBefore = verisign().commandsReceived(EppCommandType.DOMAIN_UPDATE);

        frontendActingFor(name).post("/api/v1/domains/" + name + "/auth-code").then().statusCode(400)
                .contentType("application/problem+json");
        frontend().header("Idempotency-Key", newKey()).post("/api/v1/domains/unknown-" + newKey().substring(0, 6)
                + ".com/auth-code").then().statusCode(404);
        given().contentType("application/json").header("Idempotency-Key", newKey())
                .post("/api/v1/domains/" + name + "/auth-code").then()
                .statusCode(401);
        disputed(name);
        frontendActingFor(name).header("Idempotency-Key", newKey()).post("/api/v1/domains/" + name + "/auth-code")
                .then()
                .statusCode(422).body("rule", equalTo("R3"));

        assertThat(verisign().commandsReceived(EppCommandType.DOMAIN_UPDATE)).isEqualTo(updatesBefore);
    }

    @Test
    void openApiShowsTheAnswerWithItsExample() {
        given().get("/q/openapi?format=json").then().statusCode(200)
                .body(containsString("Set and return a new transfer secret (auth code)"))
                .body(containsString("domain-auth-code"));
    }

    private static String authCodeAgain(String name, Operation op) {
        Response again = frontendActingFor(name).header("Idempotency-Key", op.idempotencyKey)
                .post("/api/v1/domains/" + name + "/auth-code");
        again.then().statusCode(200);
        return again.jsonPath().getString("authCode");
    }

    private static Response authCode(String name, String key) {
        Response answer = frontendActingFor(name).header("Idempotency-Key", key)
                .post("/api/v1/domains/" + name + "/auth-code");
        assertThat(answer.statusCode()).as(answer.asString()).isIn(200, 202);
        return answer;
    }

    private SandboxRegistry verisign() {
        return sandboxes.registry("verisign");
    }
}
