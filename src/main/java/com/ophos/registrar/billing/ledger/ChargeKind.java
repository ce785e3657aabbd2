package com.ophos.registrar.billing.ledger;

/** What a ledger entry bills or credits. */
public enum ChargeKind {
    REGISTRY_CREATE,
    REGISTRY_RENEW,
    REGISTRY_TRANSFER,
    REGISTRY_RESTORE,
    /** Verisign ConsoliDate: the time an expiry-day alignment adds, billed by the registry. */
    REGISTRY_EXPIRY_SYNC,
    /** R19: a registry's fee for changing the customer's details (AFNIC trade), re-billed at cost. */
    REGISTRY_HOLDER_CHANGE,
    /** The registry's credit for a deletion inside the add grace period. */
    REFUND_ADD_GRACE,
    /** R8, R20. */
    REACTIVATION_FEE,
    /** R22. */
    CONTENT_VIOLATION_PENALTY,
    /** A contract's order: monthly price of the frozen offer (R5) times the term (R11). */
    CONTRACT_SUBSCRIPTION,
    /** R13: an upgrade, prorated in whole months (R12). */
    CONTRACT_UPGRADE,
    /** R12: renewal of a contract for another term. */
    CONTRACT_RENEWAL,
    /** R16: the subscription credited back on withdrawal. */
    CONTRACT_WITHDRAWAL_CREDIT;

    boolean isRegistryCharge() {
        return name().startsWith("REGISTRY_");
    }
}
