package com.ophos.registrar.dispute;

import static com.ophos.registrar.dispute.ClientStatuses.UPDATE_LOCK;
import static com.ophos.registrar.dispute.ClientStatuses.intersection;
import static com.ophos.registrar.dispute.ClientStatuses.minus;

import com.ophos.registrar.registry.spi.DomainInfo;
import com.ophos.registrar.registry.spi.RegistryException;
import com.ophos.registrar.registry.spi.RegistryReceipt;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The registry commands actions share, each written to the timeline as it completes or fails. A
 * failure ends the action with {@link DisputeStepFailedException} after it is on record.
 */
@ApplicationScoped
public class ActionSteps {
    private static final Consumer<DisputeCase> NO_CHANGE = unchanged -> { };

    private final DisputeCases cases;
    private final RegistryCommands registry;

    public ActionSteps(DisputeCases cases, RegistryCommands registry) {
        this.cases = cases;
        this.registry = registry;
    }

    /** The name as the registry holds it now: every action decides from this, which makes retries safe. */
    public DomainInfo info(ActionRun run, DisputeCase disputeCase) {
        try {
            return registry.info(disputeCase);
        } catch (RegistryException failure) {
            throw failed(run, StepRecord.failed("domain:info", "reading the registry state", failure), failure,
                    NO_CHANGE);
        }
    }

    /**
     * Makes {@code add} present and {@code remove} absent, sending nothing already true. While
     * clientUpdateProhibited is set RFC 5731 accepts only its removal, so it is lifted first and set
     * again in the same update as the change unless {@code remove} names it.
     *
     * @param applied what the case remembers once the change is (or may have been) applied
     */
    public void changeStatuses(ActionRun run, DisputeCase disputeCase, Set<String> current, Set<String> add,
                               Set<String> remove, Optional<String> newAuthInfo, Consumer<DisputeCase> applied) {
        Set<String> adding = minus(add, current);
        Set<String> removing = intersection(remove, current);
        if (adding.isEmpty() && removing.isEmpty() && newAuthInfo.isEmpty()) {
            return;
        }
        boolean onlyUnlocking = adding.isEmpty() && removing.equals(Set.of(UPDATE_LOCK)) && newAuthInfo.isEmpty();
        if (current.contains(UPDATE_LOCK) && !onlyUnlocking) {
            update(run, disputeCase, Set.of(), Set.of(UPDATE_LOCK), Optional.empty(), NO_CHANGE);
            if (!remove.contains(UPDATE_LOCK)) {
                adding = ClientStatuses.union(adding, Set.of(UPDATE_LOCK));
            }
            removing = minus(removing, Set.of(UPDATE_LOCK));
        }
        update(run, disputeCase, adding, removing, newAuthInfo, applied);
    }

    private RegistryReceipt update(ActionRun run, DisputeCase disputeCase, Set<String> add, Set<String> remove,
                                   Optional<String> newAuthInfo, Consumer<DisputeCase> applied) {
        String detail = "add " + add + ", remove " + remove + (newAuthInfo.isPresent() ? ", new auth code" : "");
        try {
            RegistryReceipt receipt = registry.updateStatuses(disputeCase, add, remove, newAuthInfo);
            cases.record(run.caseId(), run.action(), run.actor(), run.reason(),
                    StepRecord.done("domain:update", detail, receipt), applied);
            return receipt;
        } catch (RegistryException failure) {
            throw failed(run, StepRecord.failed("domain:update", detail, failure), failure, applied);
        }
    }

    /**
     * Records the failure; when the registry may have applied the command, {@code mayHaveApplied}
     * is remembered too, so a later reject lifts what this case may have set.
     */
    public DisputeStepFailedException failed(ActionRun run, StepRecord step, RegistryException failure,
                                             Consumer<DisputeCase> mayHaveApplied) {
        cases.recordFailure(run.caseId(), run.action(), run.actor(), run.reason(), step,
                failure.outcome().certainlyNotApplied() ? NO_CHANGE : mayHaveApplied);
        return new DisputeStepFailedException(run.caseId(), run.action(), step.command(),
                Optional.of(failure.outcome()), failure.resultCode() + " " + failure.getMessage());
    }

    /** Records a failure that is not the registry's (DNS, mail) and leaves the action retryable. */
    public DisputeStepFailedException failed(ActionRun run, String command, String detail) {
        cases.recordFailure(run.caseId(), run.action(), run.actor(), run.reason(), StepRecord.failed(command, detail),
                NO_CHANGE);
        return new DisputeStepFailedException(run.caseId(), run.action(), command, Optional.empty(), detail);
    }

    /** The action's last line: the case's new state, the failure marker cleared. */
    public DisputeCase settle(ActionRun run, DisputeState state, String detail, Consumer<DisputeCase> change) {
        return cases.record(run.caseId(), run.action(), run.actor(), run.reason(), StepRecord.decision(detail),
                settled -> {
                    change.accept(settled);
                    settled.state = state;
                    settled.failedStep = null;
                    settled.failure = null;
                });
    }
}
