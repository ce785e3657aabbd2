package com.ophos.registrar.lifecycle;

/** Where one attempt left a contact change. */
public record ContactChangeResult(Status status, long operationId, String message) {

    public enum Status {
        /** Every registry holds the new data and so does our record. */
        UPDATED,
        /** Holder changes wait for the registry's decision (poll message, query or cancellation). */
        PENDING,
        /** A registry refused; our record is unchanged. */
        REFUSED,
        /** An answer is missing or a registry is unreachable: the next attempt reconciles first. */
        UNSETTLED
    }
}
