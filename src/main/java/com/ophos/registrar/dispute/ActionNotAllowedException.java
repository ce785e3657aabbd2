package com.ophos.registrar.dispute;

import com.ophos.registrar.common.ConflictException;
import java.util.List;

/** The action does not apply to a case in its current state; the rule is the one the case runs under. */
public class ActionNotAllowedException extends ConflictException {
    public ActionNotAllowedException(DisputeCase disputeCase, DisputeAction action) {
        super(disputeCase.kind.rule(), List.of("action"), "case " + disputeCase.id + " is " + disputeCase.state
                + ": " + action.wireName() + " is not allowed (" + disputeCase.kind.rule() + ")");
    }
}
