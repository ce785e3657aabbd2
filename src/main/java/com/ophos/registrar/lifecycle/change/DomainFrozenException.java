package com.ophos.registrar.lifecycle.change;

import com.ophos.registrar.common.RuleViolationException;

/** R3: an open dispute froze the name; the customer cannot change it, release it or let it go. */
public class DomainFrozenException extends RuleViolationException {
    public DomainFrozenException(String aLabel) {
        super("R3", "name", aLabel + " is frozen by an open dispute case (R3); support staff decide what happens to it");
    }

    @Override
    public String problemType() {
        return "domain-frozen";
    }
}
