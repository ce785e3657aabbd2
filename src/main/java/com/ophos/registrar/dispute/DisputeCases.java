package com.ophos.registrar.dispute;

import com.ophos.registrar.common.audit.AuditLog;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Reads cases and writes their changes. Every change commits on its own together with its timeline
 * line and its audit event, so what was done at the registry is on record even when the next command
 * of the same action fails.
 */
@ApplicationScoped
public class DisputeCases {
    /** Longer than any action's registry commands can take at {@code registrar.disputes.registry-timeout}. */
    static final Duration BUSY_LEASE = Duration.ofMinutes(15);

    private final AuditLog audit;
    private final Clock clock;

    public DisputeCases(AuditLog audit, Clock clock) {
        this.audit = audit;
        this.clock = clock;
    }

    public DisputeCase require(long id) {
        return QuarkusTransaction.joiningExisting().call(
                () -> DisputeCase.byId(id).orElseThrow(() -> new DisputeNotFoundException(id)));
    }

    public List<DisputeStep> timeline(long id) {
        return QuarkusTransaction.joiningExisting().call(() -> DisputeStep.of(id));
    }

    public Instant now() {
        return Instant.now(clock);
    }

    /**
     * Runs one action with the case marked busy, so a second action on the same case (another support
     * user, another instance) is refused instead of interleaving registry commands. A mark older than
     * the lease is left by a crashed instance and does not count.
     */
    public <T> T exclusively(ActionRun run, Supplier<T> action) {
        Instant now = now();
        int claimed = QuarkusTransaction.requiringNew().call(() -> DisputeCase.update(
                "busyAction = ?1, busySince = ?2 where id = ?3 and (busySince is null or busySince < ?4)",
                run.action(), now, run.caseId(), now.minus(BUSY_LEASE)));
        if (claimed == 0) {
            throw new CaseBusyException(require(run.caseId()));
        }
        try {
            return action.get();
        } finally {
            QuarkusTransaction.requiringNew().run(() -> DisputeCase.update(
                    "busyAction = null, busySince = null where id = ?1", run.caseId()));
        }
    }

    /** Persists a new case with its first timeline line. */
    public DisputeCase open(DisputeCase fresh, String reason) {
        return QuarkusTransaction.requiringNew().call(() -> {
            fresh.persist();
            write(fresh, DisputeAction.OPEN, fresh.openedBy, reason,
                    StepRecord.decision(fresh.kind + " on " + fresh.domain + (fresh.claimant == null ? ""
                            : " claimed by " + fresh.claimant) + ", deadline " + fresh.deadline));
            return fresh;
        });
    }

    /** Applies {@code change} to the case and writes the step, in one new transaction. */
    public DisputeCase record(long id, DisputeAction action, String actor, String reason, StepRecord step,
                              Consumer<DisputeCase> change) {
        return QuarkusTransaction.requiringNew().call(() -> {
            DisputeCase managed = DisputeCase.byId(id).orElseThrow(() -> new DisputeNotFoundException(id));
            change.accept(managed);
            write(managed, action, actor, reason, step);
            return managed;
        });
    }

    public DisputeCase record(long id, DisputeAction action, String actor, String reason, StepRecord step) {
        return record(id, action, actor, reason, step, unchanged -> { });
    }

    /** Records a failed command and marks the action retryable; the case keeps its state. */
    public void recordFailure(long id, DisputeAction action, String actor, String reason, StepRecord step,
                              Consumer<DisputeCase> change) {
        record(id, action, actor, reason, step, managed -> {
            change.accept(managed);
            managed.failedStep = action;
            managed.failure = step.command() + ": " + step.detail()
                    + (step.resultMessage() == null ? "" : " — " + step.resultMessage());
        });
    }

    private void write(DisputeCase disputeCase, DisputeAction action, String actor, String reason, StepRecord step) {
        DisputeStep line = new DisputeStep();
        line.caseId = disputeCase.id;
        line.at = now();
        line.actor = actor;
        line.action = action;
        line.command = step.command();
        line.outcome = step.outcome();
        line.reason = reason;
        line.detail = step.detail();
        line.stateAfter = disputeCase.state;
        line.resultCode = step.resultCode();
        line.resultMessage = step.resultMessage();
        line.clTRID = step.clTRID();
        line.svTRID = step.svTRID();
        line.persist();

        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("case", disputeCase.id);
        detail.put("rule", disputeCase.kind.rule());
        detail.put("reason", reason);
        detail.put("outcome", step.outcome().name());
        detail.put("state", disputeCase.state.name());
        if (step.command() != null) {
            detail.put("command", step.command());
        }
        if (step.detail() != null) {
            detail.put("detail", step.detail());
        }
        if (step.resultCode() != null) {
            detail.put("resultCode", step.resultCode());
            detail.put("resultMessage", step.resultMessage());
        }
        audit.record(actor, "dispute." + action.wireName(), "domain:" + disputeCase.domain, detail,
                step.clTRID(), step.svTRID());
    }
}
