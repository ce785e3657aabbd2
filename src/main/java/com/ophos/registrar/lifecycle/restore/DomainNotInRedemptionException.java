package com.ophos.registrar.lifecycle.restore;

import com.ophos.registrar.common.RuleViolationException;

/**
 * RFC 3915: only a name the registry holds in {@code redemptionPeriod} can be restored. Refused before
 * anything is journalled or sent; the registry's own status is named.
 */
public class DomainNotInRedemptionException extends RuleViolationException {
    public DomainNotInRedemptionException(String name, String registryId, String registryStatus) {
        super(null, "name", name + " cannot be restored: registry " + registryId + " shows it " + registryStatus
                + ", not redemptionPeriod (RFC 3915 restore)");
    }

    @Override
    public String problemType() {
        return "not-in-redemption";
    }
}
