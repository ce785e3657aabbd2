package com.ophos.registrar.billing.contract;

/** Where a contract is in its life. Suspension (R8) is a separate flag: it can hit any live contract. */
public enum ContractStatus {
    /** Ordered, not yet activated: awaiting payment (R6) and the activation notice (R10). */
    ORDERED,
    /** Activation notice sent: the term runs from its timestamp (R10). */
    ACTIVE,
    /** The customer terminated: the contract runs to {@code endsAt} and is not renewed (R7, R15). */
    TERMINATION_REQUESTED,
    /** Terminated before activation. */
    CANCELLED,
    /** R16: withdrawn within the window, before activation. */
    WITHDRAWN;

    public boolean isLive() {
        return this == ORDERED || this == ACTIVE || this == TERMINATION_REQUESTED;
    }
}
