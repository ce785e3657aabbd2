package com.ophos.registrar.billing.contract;

import java.math.BigDecimal;

/** A payment reported by the payment provider or accounting; {@code reference} makes it idempotent. */
public record PaymentReceived(BigDecimal amount, String currency, String method, String reference) {
}
