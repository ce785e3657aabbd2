package com.ophos.registrar.billing.contract;

import com.ophos.registrar.common.RuleViolationException;
import java.time.Instant;

/** R16: the withdrawal right ends once the service was activated at the customer's request. */
public class WithdrawalAfterActivationException extends RuleViolationException {
    public WithdrawalAfterActivationException(long contractId, Instant activatedAt) {
        super("R16", "contractId", "contract " + contractId + " was activated at the customer's request on "
                + activatedAt + " (activation notice): withdrawal is no longer available (R16)");
    }
}
