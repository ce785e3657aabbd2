package com.ophos.registrar.dispute;

import com.ophos.registrar.common.RuleViolationException;

/** R24 moves a name between accounts of its own registry only. */
public class UnknownRegistryAccountException extends RuleViolationException {
    public UnknownRegistryAccountException(String account, String registryId) {
        super("R24", "account", "no account " + account + " is configured at registry " + registryId
                + " (registrar.registries." + registryId + ".accounts.<name>)");
    }
}
