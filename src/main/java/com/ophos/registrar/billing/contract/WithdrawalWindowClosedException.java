package com.ophos.registrar.billing.contract;

import com.ophos.registrar.common.RuleViolationException;
import java.time.Instant;

/** R16: the withdrawal window (14 days by default, L.221-18) has passed. */
public class WithdrawalWindowClosedException extends RuleViolationException {
    public WithdrawalWindowClosedException(long contractId, Instant closedAt) {
        super("R16", "contractId", "the withdrawal window of contract " + contractId + " closed at " + closedAt + " (R16)");
    }
}
