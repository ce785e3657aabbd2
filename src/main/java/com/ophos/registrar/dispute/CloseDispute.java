package com.ophos.registrar.dispute;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumSet;
import java.util.Set;

/**
 * Ends a case whose decision is executed: a claim once handed over (R3); an illegal-content case (R22)
 * whenever support decides, web access staying as it is (the contract's termination follows, R22).
 * A claim not handed over ends by {@link RejectDispute}, which lifts what the case set.
 */
@ApplicationScoped
public class CloseDispute {
    private static final Set<DisputeState> CONTENT_FROM = EnumSet.of(DisputeState.OPEN, DisputeState.WEB_STOPPED);

    private final DisputeCases cases;
    private final ActionSteps steps;

    public CloseDispute(DisputeCases cases, ActionSteps steps) {
        this.cases = cases;
        this.steps = steps;
    }

    public DisputeCase run(long caseId, String actor, String reason) {
        ActionRun run = new ActionRun(caseId, DisputeAction.CLOSE, actor, reason);
        return cases.exclusively(run, () -> {
            DisputeCase disputeCase = cases.require(caseId);
            boolean closable = disputeCase.kind == DisputeKind.THIRD_PARTY_CLAIM
                    ? disputeCase.state == DisputeState.HANDED_OVER
                    : CONTENT_FROM.contains(disputeCase.state);
            if (!closable) {
                throw new ActionNotAllowedException(disputeCase, run.action());
            }
            return steps.settle(run, DisputeState.CLOSED, "case closed in state " + disputeCase.state,
                    closed -> closed.closedAt = cases.now());
        });
    }
}
