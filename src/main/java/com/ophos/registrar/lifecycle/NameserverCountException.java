package com.ophos.registrar.lifecycle;

import com.ophos.registrar.common.RuleViolationException;

/** Too few or too many nameservers for the registry. */
public class NameserverCountException extends RuleViolationException {
    public NameserverCountException(String registryId, int given, int min, int max) {
        super(null, "nameservers", "registry " + registryId + " accepts " + min + " to " + max
                + " nameservers; " + given + " given");
    }

    @Override
    public String problemType() {
        return "nameserver-count";
    }
}
