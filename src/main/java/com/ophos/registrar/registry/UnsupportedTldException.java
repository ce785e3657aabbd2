package com.ophos.registrar.registry;

import com.ophos.registrar.common.RuleViolationException;

/** No configured registry serves the name's TLD; nothing is sent anywhere. */
public class UnsupportedTldException extends RuleViolationException {
    public UnsupportedTldException(String aLabel) {
        super(null, "name", "no registry is configured for the TLD of " + aLabel);
    }

    @Override
    public String problemType() {
        return "unsupported-tld";
    }
}
