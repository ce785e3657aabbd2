package com.ophos.registrar.lifecycle;

import com.ophos.registrar.common.RuleViolationException;

/** A domain request names a contact id that does not exist. */
public class UnknownContactException extends RuleViolationException {
    public UnknownContactException(String field, long contactId) {
        super(null, field, "contact " + contactId + " does not exist");
    }

    @Override
    public String problemType() {
        return "unknown-contact";
    }
}
