package com.ophos.registrar.dispute;

import static com.ophos.registrar.dispute.ClientStatuses.HOLD;
import static com.ophos.registrar.dispute.ClientStatuses.union;

import com.ophos.registrar.registry.spi.DomainInfo;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The claim is rejected (R3): the hold and the locks this case added are lifted — locks the customer
 * had set before stay — web access is restored, and the case ends.
 */
@ApplicationScoped
public class RejectDispute {
    private static final Set<DisputeState> FROM = EnumSet.of(DisputeState.OPEN, DisputeState.FROZEN,
            DisputeState.WEB_STOPPED);

    private final DisputeCases cases;
    private final ActionSteps steps;
    private final WebAccessSteps web;

    public RejectDispute(DisputeCases cases, ActionSteps steps, WebAccessSteps web) {
        this.cases = cases;
        this.steps = steps;
        this.web = web;
    }

    public DisputeCase run(long caseId, String actor, String reason) {
        ActionRun run = new ActionRun(caseId, DisputeAction.REJECT, actor, reason);
        return cases.exclusively(run, () -> {
            DisputeCase disputeCase = cases.require(caseId);
            if (!FROM.contains(disputeCase.state)) {
                throw new ActionNotAllowedException(disputeCase, run.action());
            }
            Set<String> lifting = disputeCase.holdAdded ? union(disputeCase.locksAdded(), Set.of(HOLD))
                    : disputeCase.locksAdded();
            if (!lifting.isEmpty()) {
                DomainInfo name = steps.info(run, disputeCase);
                steps.changeStatuses(run, disputeCase, name.statuses(), Set.of(), lifting, Optional.empty(),
                        lifted -> {
                            lifted.locksAdded(Set.of());
                            lifted.holdAdded = false;
                        });
            }
            if (disputeCase.dnsSuspended) {
                web.restore(run, disputeCase);
            }
            return steps.settle(run, DisputeState.REJECTED, "claim rejected: lifted " + lifting
                    + (disputeCase.dnsSuspended ? ", DNS web access restored" : ""), rejected -> {
                        rejected.locksAdded(Set.of());
                        rejected.holdAdded = false;
                        rejected.dnsSuspended = false;
                        rejected.closedAt = cases.now();
                    });
        });
    }
}
