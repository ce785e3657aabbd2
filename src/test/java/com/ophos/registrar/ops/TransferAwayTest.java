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
import com.ophos.registrar.jobs.JobRun;
import com.ophos.registrar.jobs.RunKind;
import com.ophos.registrar.jobs.RunLauncher;
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
 * Approve / reject another registrar's transfer request through the API, against the sandbox: the
 * registry ends with the answer given once; without a pending transfer, or for a frozen name (R3),
 * nothing is sent.
 */
@QuarkusTest
class TransferAwayTest {
    private static final String GAINING = "other-registrar";

    @Inject
    SandboxRegistries sandboxes;

    @Inject
    RunLauncher runs;

    @AfterEach
    void clearFaults() {
        verisign().faults().clear();
    }

    @Test
    void approval_movesTheNameToTheGainingRegistrar_andItLeavesTheGateway() {
        String name = registered(verisign());
        verisign().transferRequestedBy(name, GAINING, 1);

        Operation op = awaitFinished(answer(name, "approval", newKey()));

        assertThat(op.state).as(op.resultMessage).isEqualTo(Operation.State.SUCCEEDED);
        assertThat(op.kind).isEqualTo(Operation.Kind.TRANSFER_AWAY_APPROVE);
        var at = verisign().domain(name).orElseThrow();
        assertThat(at.sponsorClientId()).isEqualTo(GAINING);
        assertThat(at.pendingTransfer()).isEmpty();
        assertThat(QuarkusTransaction.requiringNew().call(() -> Domain.byName(name))).isEmpty();
        assertThat(sentWith(verisign(), EppCommandType.DOMAIN_TRANSFER, op.clTRID)).isEqualTo(1);
    }

    @Test
    void rejection_keepsTheName_andEndsTheTransfer() {
        String name = registered(verisign());
        verisign().transferRequestedBy(name, GAINING, 1);
        String key = newKey();

        Operation op = awaitFinished(answer(name, "rejection", key));

        assertThat(op.state).isEqualTo(Operation.State.SUCCEEDED);
        var at = verisign().domain(name).orElseThrow();
        assertThat(at.sponsorClientId()).isNotEqualTo(GAINING);
        assertThat(at.pendingTransfer()).isEmpty();
        assertThat(QuarkusTransaction.requiringNew().call(() -> Domain.byName(name))).isPresent();

        // replayed after the transfer ended: the same operation, not a 409, nothing sent
        assertThat(answer(name, "rejection", key)).isEqualTo(op.id);
        assertThat(sentWith(verisign(), EppCommandType.DOMAIN_TRANSFER, op.clTRID)).isEqualTo(1);
    }

    @Test
    void approvalAppliedButAnswerLost_isReconciledByInfoToOneTransfer() {
        String name = registered(verisign());
        verisign().transferRequestedBy(name, GAINING, 1);
        var expiresBefore = verisign().domain(name).orElseThrow().expires();
        // the query that finds the pending transfer goes through; the approval's answer is lost
        verisign().faults().closeAfterApplying(FaultTrigger.after(1, 1, EppCommandType.DOMAIN_TRANSFER));

        Operation op = awaitFinished(answer(name, "approval", newKey()));

        assertThat(op.state).isEqualTo(Operation.State.SUCCEEDED);
        assertThat(op.resultMessage).contains("reconciled");
        var at = verisign().domain(name).orElseThrow();
        assertThat(at.sponsorClientId()).isEqualTo(GAINING);
        assertThat(at.expires()).isAfter(expiresBefore);
        assertThat(sentWith(verisign(), EppCommandType.DOMAIN_TRANSFER, op.clTRID)).isEqualTo(1);
    }

    @Test
    void aTransferApprovedOutsideTheGateway_isLearntFromThePollNotice_andTheNameLeavesUs() {
        String name = registered(verisign());
        verisign().transferRequestedBy(name, GAINING, 1);

        runs.runNow(RunKind.POLL, JobRun.Trigger.MANUAL, "scheduler");
        assertThat(QuarkusTransaction.requiringNew().call(() -> Domain.byName(name).orElseThrow().statuses))
                .as("the request notice shows the pending transfer, so the customer can answer it")
                .contains("pendingTransfer");

        // approved without the gateway (the registry at its deadline, or the registrar's own console)
        verisign().transferApprovedBySponsor(name);
        runs.runNow(RunKind.POLL, JobRun.Trigger.MANUAL, "scheduler");

        assertThat(QuarkusTransaction.requiringNew().call(() -> Domain.byName(name))).isEmpty();
        assertThat(QuarkusTransaction.requiringNew().call(() -> AuditEvent.<AuditEvent>list(
                "action = ?1 and subject = ?2", "domain.transferred-away", "domain:" + name)))
                .singleElement().satisfies(event -> assertThat(event.detail).contains(GAINING));
        assertThat(verisign().pollQueue("ophos-vrsn")).noneMatch(m -> m.text().contains(name));
    }

    @Test
    void noPendingTransfer_is409_andFrozenNames_are422R3_withoutAnyAnswerSent() {
        String name = registered(verisign());
        long transfersBefore = verisign().commandsReceived(EppCommandType.DOMAIN_TRANSFER);

        frontendActingFor(name).header("Idempotency-Key", newKey()).post("/api/v1/domains/" + name + "/transfer-away/approval")
                .then().statusCode(409).contentType("application/problem+json");
        frontendActingFor(name).header("Idempotency-Key", newKey()).post("/api/v1/domains/" + name + "/transfer-away/rejection")
                .then().statusCode(409).contentType("application/problem+json");
        frontendActingFor(name).post("/api/v1/domains/" + name + "/transfer-away/approval").then().statusCode(400);
        // the two 409s cost one transfer query each, and no approve/reject
        assertThat(verisign().commandsReceived(EppCommandType.DOMAIN_TRANSFER) - transfersBefore).isEqualTo(2);

        verisign().transferRequestedBy(name, GAINING, 1);
        disputed(name);
        long beforeFrozen = verisign().commandsReceived(EppCommandType.DOMAIN_TRANSFER);
        frontendActingFor(name).header("Idempotency-Key", newKey()).post("/api/v1/domains/" + name + "/transfer-away/approval")
                .then().statusCode(422).body("rule", equalTo("R3"));
        frontendActingFor(name).header("Idempotency-Key", newKey()).post("/api/v1/domains/" + name + "/transfer-away/rejection")
                .then().statusCode(422).body("rule", equalTo("R3"));
        assertThat(verisign().commandsReceived(EppCommandType.DOMAIN_TRANSFER)).isEqualTo(beforeFrozen);
        assertThat(verisign().domain(name).orElseThrow().pendingTransfer()).isPresent();
    }

    @Test
    void openApiDescribesBothAnswers() {
        given().get("/q/openapi?format=json").then().statusCode(200)
                .body(containsString("/api/v1/domains/{name}/transfer-away/approval"))
                .body(containsString("/api/v1/domains/{name}/transfer-away/rejection"));
    }

    private static long answer(String name, String which, String key) {
        Response answer = frontendActingFor(name).header("Idempotency-Key", key)
                .post("/api/v1/domains/" + name + "/transfer-away/" + which);
        assertThat(answer.statusCode()).as(answer.asString()).isIn(200, 202);
        return answer.jsonPath().getLong("id");
    }

    private SandboxRegistry verisign() {
        return sandboxes.registry("verisign");
    }
}
