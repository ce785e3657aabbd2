package com.ophos.registrar.lifecycle;

import com.ophos.registrar.common.RuleViolationException;

/** A name below a registered name (www.example.com): registries only sell one label under their TLD. */
public class NameNotRegistrableException extends RuleViolationException {
    public NameNotRegistrableException(String aLabel, String tld) {
        super(null, "name", aLabel + " is not registrable: only one label directly under ." + tld + " can be registered");
    }

    @Override
    public String problemType() {
        return "name-not-registrable";
    }
}
