package com.ophos.registrar.lifecycle;

import com.ophos.registrar.common.RuleViolationException;

/** R6: nothing is activated (no registry create) before the order's payment is verified. */
public class ContractNotPaidException extends RuleViolationException {
    public ContractNotPaidException(long contractId, String why) {
        super("R6", "contractId", "contract " + contractId + " is not paid: " + why
                + "; the name is registered only after payment is verified");
    }

    @Override
    public String problemType() {
        return "contract-not-paid";
    }
}
