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

import com.ophos.registrar.lifecycle.model.Domain;
import com.ophos.registrar.lifecycle.model.Operation;
import com.ophos.registrar.sandbox.DsData;
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
 * PATCH /api/v1/domains/{name} against the sandbox over EPP/TLS: the registry ends in the state
 * asked, once, whatever the network did; refused requests send no domain:update.
 */
@QuarkusTest
class PatchDomainTest {
    private static final String DIGEST = "49FD46E6C4B45C55D4AC69CBD3CD34AC1AFE51DE8B7F6D2A3F0A3B1C5D6E7F80";

    @Inject
    SandboxRegistries sandboxes;

    @AfterEach
    void clearFaults() {
        verisign().faults().clear();
    }

    @Test
    void nameserversStatusesAndDs_reachTheRegistryAndTheDomainRow() {
        String name = registered(verisign());
        String body = """
                {"nameservers":["ns2.ophos.example","ns3.ophos.example"],
                 "statuses":{"add":["clientTransferProhibited","clientDeleteProhibited"]},
                 "ds":{"add":[{"keyTag":12345,"algorithm":13,"digestType":2,"digest":"%s"}]}}""".formatted(DIGEST);

        Operation op = awaitFinished(patch(name, newKey(), body));

        assertThat(op.state).as(op.resultMessage).isEqualTo(Operation.State.SUCCEEDED);
        assertThat(op.kind).isEqualTo(Operation.Kind.DOMAIN_UPDATE);
        var at = verisign().domain(name).orElseThrow();
        assertThat(at.nameservers()).containsExactlyInAnyOrder("ns2.ophos.example", "ns3.ophos.example");
        assertThat(at.statuses()).contains("clientTransferProhibited", "clientDeleteProhibited");
        assertThat(at.dsData()).extracting(DsData::keyTag).containsExactly(12345);
        assertThat(sentWith(verisign(), EppCommandType.DOMAIN_UPDATE, op.clTRID)).isEqualTo(1);
        Domain row = QuarkusTransaction.requiringNew().call(() -> Domain.byName(name).orElseThrow());
        assertThat(row.nameservers).containsExactlyInAnyOrder("ns2.ophos.example", "ns3.ophos.example");
        assertThat(row.statuses).contains("clientTransferProhibited", "clientDeleteProhibited");

        // and back: statuses removed, DS removed (digest case does not matter)
        String undo = """
                {"statuses":{"remove":["clientDeleteProhibited"]},
                 "ds":{"remove":[{"keyTag":12345,"algorithm":13,"digestType":2,"digest":"%s"}]}}"""
                .formatted(DIGEST.toLowerCase());
        assertThat(awaitFinished(patch(name, newKey(), undo)).state).isEqualTo(Operation.State.SUCCEEDED);
        at = verisign().domain(name).orElseThrow();
        assertThat(at.statuses()).contains("clientTransferProhibited").doesNotContain("clientDeleteProhibited");
        assertThat(at.dsData()).isEmpty();
    }

    @Test
    void aNameserverInsideTheName_isCreatedWithItsGlue_andAnAlreadySatisfiedRequestSendsNothing() {
        String name = registered(verisign());
        refused(name, "{\"nameservers\":[\"ns1." + name + "\",\"ns2.ophos.example\"]}", 400,
                "nameservers[0].addresses");
        refused(name, "{\"nameservers\":[{\"name\":\"ns1." + name + "\",\"addresses\":[\"192.0.2.300\"]}]}", 400,
                "nameservers[0].addresses[0]");
        refused(name, "{\"nameservers\":[{\"name\":\"ns2.ophos.example\",\"addresses\":[\"192.0.2.1\"]}]}", 400,
                "nameservers[0].addresses");

        String body = "{\"nameservers\":[{\"name\":\"ns1." + name + "\",\"addresses\":[\"192.0.2.1\",\"2001:db8::1\"]},"
                + "\"ns2.ophos.example\"]}";
        Operation op = awaitFinished(patch(name, newKey(), body));

        assertThat(op.state).as(op.resultMessage).isEqualTo(Operation.State.SUCCEEDED);
        assertThat(verisign().domain(name).orElseThrow().nameservers())
                .containsExactlyInAnyOrder("ns1." + name, "ns2.ophos.example");
        assertThat(verisign().host("ns1." + name).orElseThrow().addresses())
                .containsExactlyInAnyOrder("192.0.2.1", "2001:db8::1");

        long updates = verisign().commandsReceived(EppCommandType.DOMAIN_UPDATE);
        Operation again = awaitFinished(patch(name, newKey(), body));
        assertThat(again.state).isEqualTo(Operation.State.SUCCEEDED);
        assertThat(again.resultMessage).contains("nothing to change");
        assertThat(verisign().commandsReceived(EppCommandType.DOMAIN_UPDATE)).isEqualTo(updates);
    }

    @Test
    void updateAppliedButAnswerLost_isReconciledByInfoToOneUpdate() {
        String name = registered(verisign());
        verisign().faults().closeAfterApplying(FaultTrigger.next(1, EppCommandType.DOMAIN_UPDATE));
        String key = newKey();
        String body = "{\"statuses\":{\"add\":[\"clientUpdateProhibited\"]}}";

        Operation op = awaitFinished(patch(name, key, body));

        assertThat(op.state).isEqualTo(Operation.State.SUCCEEDED);
        assertThat(op.resultMessage).contains("reconciled");
        assertThat(verisign().domain(name).orElseThrow().statuses()).contains("clientUpdateProhibited");
        assertThat(sentWith(verisign(), EppCommandType.DOMAIN_UPDATE, op.clTRID)).isEqualTo(1);

        // the same request again is the same operation: nothing more is sent
        assertThat(patch(name, key, body)).isEqualTo(op.id);
        assertThat(sentWith(verisign(), EppCommandType.DOMAIN_UPDATE, op.clTRID)).isEqualTo(1);
        frontendActingFor(name).header("Idempotency-Key", key).body("{\"statuses\":{\"add\":[\"clientHold\"]}}")
                .patch("/api/v1/domains/" + name).then().statusCode(409);
    }

    @Test
    void updateDroppedBeforeApplying_isSentAgainAndAppliedOnce() {
        String name = registered(verisign());
        verisign().faults().closeBeforeApplying(FaultTrigger.next(1, EppCommandType.DOMAIN_UPDATE));

        Operation op = awaitFinished(patch(name, newKey(), "{\"nameservers\":[\"ns9.ophos.example\"]}"));

        assertThat(op.state).isEqualTo(Operation.State.SUCCEEDED);
        assertThat(op.attempts).isEqualTo(2);
        assertThat(verisign().domain(name).orElseThrow().nameservers()).containsExactly("ns9.ophos.example");
    }

    @Test
    void refusedInputs_sendNoUpdate() {
        String name = registered(verisign());
        long updatesBefore = verisign().commandsReceived(EppCommandType.DOMAIN_UPDATE);

        refused(name, "{\"statuses\":{\"add\":[\"serverHold\"]}}", 400, "statuses.add");
        refused(name, "{\"statuses\":{\"add\":[\"clientHold\"],\"remove\":[\"clientHold\"]}}", 400, "statuses");
        refused(name, "{\"nameservers\":[\"ns1..example\"]}", 400, "nameservers[0]");
        refused(name, "{\"nameservers\":[\"ns1.ophos.example\",\"NS1.ophos.example\"]}", 400, "nameservers");
        refused(name, "{\"ds\":{\"add\":[{\"keyTag\":70000,\"algorithm\":13,\"digestType\":2,\"digest\":\""
                + DIGEST + "\"}]}}", 400, "ds.add[0].keyTag");
        refused(name, "{\"ds\":{\"add\":[{\"keyTag\":1,\"algorithm\":13,\"digestType\":2,\"digest\":\"abcd\"}]}}",
                400, "ds.add[0].digest");
        refused(name, "{\"ds\":{\"add\":[{\"keyTag\":1,\"algorithm\":13,\"digestType\":3,\"digest\":\""
                + DIGEST + "\"}]}}", 400, "ds.add[0].digestType");
        refused(name, "{}", 400, "nameservers");
        refused(name, "{\"owner\":\"me\"}", 400, null);
        frontendActingFor(name).body("{\"statuses\":{\"add\":[\"clientHold\"]}}").patch("/api/v1/domains/" + name)
                .then().statusCode(400).contentType("application/problem+json");
        refused("not-ours-" + newKey().substring(0, 8) + ".com", "{\"statuses\":{\"add\":[\"clientHold\"]}}", 404,
                null);

        disputed(name);
        refused(name, "{\"statuses\":{\"add\":[\"clientHold\"]}}", 422, "name")
                .then().body("rule", equalTo("R3"));

        assertThat(verisign().commandsReceived(EppCommandType.DOMAIN_UPDATE)).isEqualTo(updatesBefore);
    }

    @Test
    void openApiDescribesThePatchWithExamples() {
        given().get("/q/openapi?format=json").then().statusCode(200)
                .body(containsString("Change nameservers, client statuses or DS records"))
                .body(containsString("clientTransferProhibited"));
    }

    private static Response refused(String name, String body, int status, String field) {
        Response answer = frontendActingFor(name).header("Idempotency-Key", newKey()).body(body)
                .patch("/api/v1/domains/" + name);
        answer.then().statusCode(status).contentType("application/problem+json");
        if (field != null) {
            assertThat(answer.asString()).as(body).contains("\"" + field + "\"");
        }
        return answer;
    }

    private static long patch(String name, String key, String body) {
        Response answer = frontendActingFor(name).header("Idempotency-Key", key).body(body)
                .patch("/api/v1/domains/" + name);
        assertThat(answer.statusCode()).as(answer.asString()).isIn(200, 202);
        return answer.jsonPath().getLong("id");
    }

    private SandboxRegistry verisign() {
        return sandboxes.registry("verisign");
    }
}
