package com.ophos.registrar.lifecycle;

import com.ophos.registrar.common.RuleViolationException;

/** A customer may only use its own contacts on its names (R2: it registers in its own name). */
public class ContactOfAnotherCustomerException extends RuleViolationException {
    public ContactOfAnotherCustomerException(String field, long contactId) {
        super("R2", field, "contact " + contactId + " belongs to another customer");
    }

    @Override
    public String problemType() {
        return "contact-of-another-customer";
    }
}
