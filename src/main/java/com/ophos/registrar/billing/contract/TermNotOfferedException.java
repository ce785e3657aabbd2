package com.ophos.registrar.billing.contract;

import com.ophos.registrar.common.RuleViolationException;

/** R11: only terms of 1, 6 or 12 months exist. */
public class TermNotOfferedException extends RuleViolationException {
    public TermNotOfferedException(Integer months) {
        super("R11", "termMonths", "a term of " + months + " months is not offered: terms are 1, 6 or 12 months (R11)");
    }
}
