package com.ophos.registrar.dispute;

import com.ophos.registrar.common.InvalidInputException;

/** One run of an action on a case: by whom and why. Every action needs a stated reason (R3, R22). */
public record ActionRun(long caseId, DisputeAction action, String actor, String reason) {
    public ActionRun {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", "every dispute action needs a reason, for the audit trail (R3)");
        }
        reason = reason.strip();
    }
}
