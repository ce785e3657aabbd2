package com.ophos.registrar.billing.contract;

import java.util.Arrays;

/** R11: the terms of sale offer contracts of 1 month, 6 months or 1 year, nothing else. */
public enum Term {
    ONE_MONTH(1),
    SIX_MONTHS(6),
    ONE_YEAR(12);

    private final int months;

    Term(int months) {
        this.months = months;
    }

    public int months() {
        return months;
    }

    public boolean isMonthly() {
        return this == ONE_MONTH;
    }

    public static Term ofMonths(Integer months) {
        return Arrays.stream(values())
                .filter(term -> months != null && term.months == months)
                .findFirst()
                .orElseThrow(() -> new TermNotOfferedException(months));
    }
}
