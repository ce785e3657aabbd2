package com.ophos.registrar.dispute;

import com.ophos.registrar.common.RuleViolationException;

/** R3 hands a domain to a third party with serious rights; an illegal-content case (R22) never does. */
public class HandOverNeedsClaimException extends RuleViolationException {
    public HandOverNeedsClaimException(DisputeCase disputeCase) {
        super("R3", "action", "case " + disputeCase.id + " is about illegal content (R22): only a third-party claim"
                + " (R3) can end in a hand-over");
    }
}
