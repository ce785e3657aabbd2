package com.ophos.registrar.lifecycle;

import com.ophos.registrar.common.RuleViolationException;

/** Too few or too many admin/tech contacts for the registry's contact rules. */
public class ContactCountException extends RuleViolationException {
    public ContactCountException(String field, String registryId, int given, int min, int max) {
        super(null, field, "registry " + registryId + " needs " + min + " to " + max + " " + field
                + " contact(s); " + given + " given");
    }

    @Override
    public String problemType() {
        return "contact-count";
    }
}
