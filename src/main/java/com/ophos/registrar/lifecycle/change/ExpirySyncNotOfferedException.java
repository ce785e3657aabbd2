package com.ophos.registrar.lifecycle.change;

import com.ophos.registrar.common.RuleViolationException;

/** The name's registry does not align expiry days (its policy {@code expiry-sync} is false). */
public class ExpirySyncNotOfferedException extends RuleViolationException {
    public ExpirySyncNotOfferedException(String registryId) {
        super(null, "expiryDay", "registry " + registryId + " does not align expiry days (registry policy "
                + "registrar.registries." + registryId + ".policy.expiry-sync is false); nothing was sent");
    }

    @Override
    public String problemType() {
        return "expiry-sync-not-offered";
    }
}
