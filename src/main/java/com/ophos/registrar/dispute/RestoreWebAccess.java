package com.ophos.registrar.dispute;

import static com.ophos.registrar.dispute.ClientStatuses.HOLD;
import static com.ophos.registrar.dispute.ClientStatuses.UPDATE_LOCK;
import static com.ophos.registrar.dispute.ClientStatuses.intersection;

import com.ophos.registrar.registry.spi.DomainInfo;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.Set;

/** Undoes {@link StopWebAccess}: lifts the hold this case set and restores the saved DNS records. */
@ApplicationScoped
public class RestoreWebAccess {
    private final DisputeCases cases;
    private final ActionSteps steps;
    private final WebAccessSteps web;

    public RestoreWebAccess(DisputeCases cases, ActionSteps steps, WebAccessSteps web) {
        this.cases = cases;
        this.steps = steps;
        this.web = web;
    }

    public DisputeCase run(long caseId, String actor, String reason) {
        ActionRun run = new ActionRun(caseId, DisputeAction.RESTORE_WEB, actor, reason);
        return cases.exclusively(run, () -> {
            DisputeCase disputeCase = cases.require(caseId);
            if (disputeCase.state != DisputeState.WEB_STOPPED) {
                throw new ActionNotAllowedException(disputeCase, run.action());
            }
            restore(run, disputeCase, steps, web);
            DisputeState back = disputeCase.frozenAt != null ? DisputeState.FROZEN : DisputeState.OPEN;
            return steps.settle(run, back, "web access restored", restored -> {
                restored.holdAdded = false;
                restored.dnsSuspended = false;
            });
        });
    }

    /** Shared with {@link RejectDispute}, which restores web access as part of its decision. */
    static void restore(ActionRun run, DisputeCase disputeCase, ActionSteps steps, WebAccessSteps web) {
        if (disputeCase.holdAdded) {
            DomainInfo name = steps.info(run, disputeCase);
            Set<String> keepLocked = intersection(disputeCase.locksAdded(), Set.of(UPDATE_LOCK));
            steps.changeStatuses(run, disputeCase, name.statuses(), keepLocked, Set.of(HOLD), Optional.empty(),
                    released -> released.holdAdded = false);
        }
        if (disputeCase.dnsSuspended) {
            web.restore(run, disputeCase);
        }
    }
}
