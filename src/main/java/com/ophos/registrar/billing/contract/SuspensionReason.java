package com.ophos.registrar.billing.contract;

/** Why services were suspended; both are lifted against the reactivation fee (R8, R20). */
public enum SuspensionReason {
    /** R8. */
    LATE_PAYMENT,
    /** R20: account blocked for quota overrun. */
    QUOTA_OVERRUN
}
