package com.ophos.registrar.billing.ledger;

import com.ophos.registrar.billing.BillingConfig;
import java.math.BigDecimal;

/** The company's own fees of the terms of sale, amounts from configuration. */
public enum CompanyFee {
    /** R8 (late payment), R20 (quota overrun): 15.00 EUR excl. tax by default. */
    REACTIVATION(ChargeKind.REACTIVATION_FEE),
    /** R22: 500.00 EUR excl. tax per violation by default. */
    CONTENT_VIOLATION(ChargeKind.CONTENT_VIOLATION_PENALTY);

    private final ChargeKind kind;

    CompanyFee(ChargeKind kind) {
        this.kind = kind;
    }

    public ChargeKind kind() {
        return kind;
    }

    BigDecimal amount(BillingConfig config) {
        return switch (this) {
            case REACTIVATION -> config.reactivationFee();
            case CONTENT_VIOLATION -> config.contentViolationPenalty();
        };
    }
}
