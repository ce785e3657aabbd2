package com.ophos.registrar.dispute;

import com.ophos.registrar.common.ConflictException;
import java.util.List;

/** An unfinished move to another account is on record: it is retried or finished first (R24). */
public class AccountMoveInProgressException extends ConflictException {
    public AccountMoveInProgressException(AccountMove unfinished) {
        super("R24", List.of("account"), "domain " + unfinished.domain + " is being moved to "
                + unfinished.toAccount + " (move " + unfinished.id + "); retry that move first");
    }
}
