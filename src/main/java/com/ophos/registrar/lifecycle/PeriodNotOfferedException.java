package com.ophos.registrar.lifecycle;

import com.ophos.registrar.common.RuleViolationException;
import java.util.Set;
import java.util.TreeSet;

/** The registry does not register names for this many years. */
public class PeriodNotOfferedException extends RuleViolationException {
    public PeriodNotOfferedException(String registryId, int years, Set<Integer> offered) {
        super(null, "years", "registry " + registryId + " does not register for " + years
                + " year(s); offered: " + new TreeSet<>(offered));
    }

    @Override
    public String problemType() {
        return "period-not-offered";
    }
}
