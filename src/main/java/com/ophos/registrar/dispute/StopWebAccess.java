package com.ophos.registrar.dispute;

import static com.ophos.registrar.dispute.ClientStatuses.HOLD;
import static com.ophos.registrar.dispute.ClientStatuses.UPDATE_LOCK;
import static com.ophos.registrar.dispute.ClientStatuses.intersection;

import com.ophos.registrar.common.InvalidInputException;
import com.ophos.registrar.registry.spi.DomainInfo;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * R3 / R22: stops the customer's web access, reversibly: registry clientHold (the name leaves the
 * zone) and/or the company-DNS suspension page. A hold already there is left alone and not counted
 * as the case's, so lifting it later is not this case's business.
 */
@ApplicationScoped
public class StopWebAccess {
    private static final Set<DisputeState> FROM = EnumSet.of(DisputeState.OPEN, DisputeState.FROZEN);

    private final DisputeCases cases;
    private final ActionSteps steps;
    private final WebAccessSteps web;

    public StopWebAccess(DisputeCases cases, ActionSteps steps, WebAccessSteps web) {
        this.cases = cases;
        this.steps = steps;
        this.web = web;
    }

    public DisputeCase run(long caseId, String actor, String reason, Set<WebStopChannel> channels) {
        ActionRun run = new ActionRun(caseId, DisputeAction.STOP_WEB, actor, reason);
        return cases.exclusively(run, () -> {
            if (channels.isEmpty()) {
                throw new InvalidInputException("channels", "stop web access at the registry, the DNS or both (R3, R22)");
            }
            DisputeCase disputeCase = cases.require(caseId);
            if (!FROM.contains(disputeCase.state)) {
                throw new ActionNotAllowedException(disputeCase, run.action());
            }
            if (channels.contains(WebStopChannel.REGISTRY_HOLD)) {
                DomainInfo name = steps.info(run, disputeCase);
                if (!name.statuses().contains(HOLD)) {
                    Set<String> keepLocked = intersection(disputeCase.locksAdded(), Set.of(UPDATE_LOCK));
                    steps.changeStatuses(run, disputeCase, name.statuses(), ClientStatuses.union(Set.of(HOLD), keepLocked),
                            Set.of(), Optional.empty(), held -> held.holdAdded = true);
                }
            }
            if (channels.contains(WebStopChannel.DNS) && !disputeCase.dnsSuspended) {
                web.stop(run, disputeCase);
            }
            return steps.settle(run, DisputeState.WEB_STOPPED, "web access stopped via " + channels, unchanged -> { });
        });
    }
}
