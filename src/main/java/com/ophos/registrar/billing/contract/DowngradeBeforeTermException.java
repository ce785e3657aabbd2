package com.ophos.registrar.billing.contract;

import com.ophos.registrar.common.RuleViolationException;
import java.time.Instant;

/** R13: no downgrade before the end of the term. */
public class DowngradeBeforeTermException extends RuleViolationException {
    public DowngradeBeforeTermException(String from, String to, Instant termEndsAt) {
        super("R13", "offer", "downgrade from " + from + " to " + to + " is refused before the term ends at "
                + termEndsAt + " (R13)");
    }
}
