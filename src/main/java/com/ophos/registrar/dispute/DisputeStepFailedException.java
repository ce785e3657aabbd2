package com.ophos.registrar.dispute;

import com.ophos.registrar.registry.spi.Outcome;
import java.util.Optional;

/**
 * A registry or DNS command of an action failed. The failure is on the case's timeline, the case kept
 * its state with {@link DisputeCase#failedStep} set, and support can run the same action again.
 */
public class DisputeStepFailedException extends RuntimeException {
    private final long caseId;
    private final DisputeAction action;
    private final String command;
    private final Optional<Outcome> outcome;

    public DisputeStepFailedException(long caseId, DisputeAction action, String command, Optional<Outcome> outcome,
                                      String detail) {
        super("case " + caseId + ": " + action.wireName() + " failed at " + command + ": " + detail
                + "; the case kept its state, run " + action.wireName() + " again to retry");
        this.caseId = caseId;
        this.action = action;
        this.command = command;
        this.outcome = outcome;
    }

    public long caseId() { return caseId; }

    public DisputeAction action() { return action; }

    public String command() { return command; }

    /** The registry's outcome; empty for a DNS failure. */
    public Optional<Outcome> outcome() { return outcome; }
}
