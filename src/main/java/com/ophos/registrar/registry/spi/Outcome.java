package com.ophos.registrar.registry.spi;

/** What a registry answer means for the caller, independent of the registry's protocol. */
public enum Outcome {
    /** 1000-series: done. */
    SUCCESS,
    /** 1001: accepted, the result arrives later as a poll message. */
    PENDING,
    /** 2302. */
    OBJECT_EXISTS,
    /** 2303. */
    OBJECT_DOES_NOT_EXIST,
    /** 2304, 2305. */
    STATUS_PROHIBITS,
    /** 2306, 2308 and other parameter/data policy refusals. */
    POLICY_REFUSED,
    /** 2201, 2202. */
    AUTHORIZATION_FAILED,
    /** 2000-2199, 2003-2005: the command was malformed for this registry. */
    SYNTAX_REFUSED,
    /**
     * 2400: the registry failed the command. RFC 5730 calls it an internal server error and does not say how
     * far the command got, so a transform answered 2400 is reconciled like one that got no answer.
     */
    COMMAND_FAILED,
    /** 2500-2502: the registry ended the session; the command was not applied. */
    SESSION_ENDED,
    /** No session could be had (registry down, circuit open, session limit). Nothing was sent. */
    UNAVAILABLE,
    /** Sent, but no answer was read (timeout, broken connection): reconcile before retrying. */
    UNKNOWN;

    /** True when the registry certainly did not apply the command. */
    public boolean certainlyNotApplied() {
        return this != SUCCESS && this != PENDING && !mayHaveBeenApplied();
    }

    /** A failure after which only the registry can say whether the command was applied: reconcile, then retry. */
    public boolean mayHaveBeenApplied() {
        return this == UNKNOWN || this == COMMAND_FAILED;
    }
}
