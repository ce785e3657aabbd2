package com.ophos.registrar.dispute;

import static com.ophos.registrar.dispute.ClientStatuses.FREEZE_LOCKS;
import static com.ophos.registrar.dispute.ClientStatuses.minus;
import static com.ophos.registrar.dispute.ClientStatuses.union;

import com.ophos.registrar.registry.spi.DomainInfo;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.Set;

/**
 * R3: freezes the disputed name. The registry gets clientUpdateProhibited, clientTransferProhibited
 * and clientDeleteProhibited; the case remembers which of them it added, so a reject lifts only
 * those. While frozen, {@link DisputeFreeze} keeps renewal, deletion and contract release away.
 */
@ApplicationScoped
public class FreezeDomain {
    private final DisputeCases cases;
    private final ActionSteps steps;

    public FreezeDomain(DisputeCases cases, ActionSteps steps) {
        this.cases = cases;
        this.steps = steps;
    }

    public DisputeCase run(long caseId, String actor, String reason) {
        ActionRun run = new ActionRun(caseId, DisputeAction.FREEZE, actor, reason);
        return cases.exclusively(run, () -> {
            DisputeCase disputeCase = cases.require(caseId);
            if (disputeCase.state != DisputeState.OPEN) {
                throw new ActionNotAllowedException(disputeCase, run.action());
            }
            DomainInfo name = steps.info(run, disputeCase);
            Set<String> adding = minus(FREEZE_LOCKS, name.statuses());
            steps.changeStatuses(run, disputeCase, name.statuses(), FREEZE_LOCKS, Set.of(), Optional.empty(),
                    locked -> locked.locksAdded(union(locked.locksAdded(), adding)));
            return steps.settle(run, DisputeState.FROZEN, "frozen: " + FREEZE_LOCKS + " in place, added by this case: "
                    + adding + "; no renewal, deletion or contract release while the case is open",
                    frozen -> frozen.frozenAt = cases.now());
        });
    }
}
