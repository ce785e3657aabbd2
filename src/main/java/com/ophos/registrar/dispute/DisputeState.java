package com.ophos.registrar.dispute;

/**
 * Where a dispute case stands. A step that failed at the registry or the DNS leaves the state as it
 * was and sets {@link DisputeCase#failedStep}, so support retries the same action.
 */
public enum DisputeState {
    /** Opened; the registry locks are not (yet) in place. */
    OPEN,
    /** Registry locks set by the case (R3). */
    FROZEN,
    /** Web access stopped: registry hold and/or DNS suspension (R3, R22). */
    WEB_STOPPED,
    /** Decision executed: the domain was handed to the party the decision names (R3). */
    HANDED_OVER,
    /** Claim rejected: what the case added was lifted, web access restored. Final. */
    REJECTED,
    /** Final. */
    CLOSED;

    public boolean isFinal() {
        return this == REJECTED || this == CLOSED;
    }
}
