package com.ophos.registrar.lifecycle;

import com.ophos.registrar.common.RuleViolationException;

/** The request acts for a customer that does not exist. */
public class UnknownCustomerException extends RuleViolationException {
    public UnknownCustomerException(long customerId) {
        super(null, "customerId", "customer " + customerId + " does not exist");
    }

    @Override
    public String problemType() {
        return "unknown-customer";
    }
}
