package com.ophos.registrar.billing.contract;

import com.ophos.registrar.common.RuleViolationException;

/** R6: nothing is activated or registered for a contract before its payment is verified. */
public class ContractNotPaidException extends RuleViolationException {
    public ContractNotPaidException(long contractId) {
        super("R6", "contractId", "contract " + contractId + " is not paid: service is activated only after payment (R6)");
    }
}
