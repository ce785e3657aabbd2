package com.ophos.registrar.billing.contract;

import com.ophos.registrar.common.RuleViolationException;

/** R9: card, transfer or cheque; a monthly term by card only. */
public class PaymentMethodRefusedException extends RuleViolationException {
    public PaymentMethodRefusedException(String field, String detail) {
        super("R9", field, detail);
    }
}
