package com.ophos.registrar.dispute;

import com.ophos.registrar.common.ConflictException;
import java.util.List;

/** Another action is running on the case; its outcome decides what may follow, so this one waits. */
public class CaseBusyException extends ConflictException {
    public CaseBusyException(DisputeCase disputeCase) {
        super(disputeCase.kind.rule(), List.of("action"), "case " + disputeCase.id + " is running "
                + (disputeCase.busyAction == null ? "another action" : disputeCase.busyAction.wireName())
                + " since " + disputeCase.busySince + "; try again when it has finished");
    }
}
