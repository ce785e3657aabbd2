package com.ophos.registrar.lifecycle;

import com.ophos.registrar.common.RuleViolationException;

/**
 * R1: the company registers names under a legal-entity-only TLD (.fr) for legal entities only. This is
 * the company's policy: the registry itself (AFNIC) also accepts EU-resident individuals.
 */
public class HolderNotEligibleException extends RuleViolationException {
    public HolderNotEligibleException(String tld) {
        super("R1", "holder", "our terms of sale register ." + tld + " names for legal entities only "
                + "(company, association, public body or other organisation, with its identifiers); "
                + "the holder is an individual. This is the company's policy: the registry itself accepts "
                + "EU-resident individuals.");
    }

    @Override
    public String problemType() {
        return "holder-not-eligible";
    }
}
