package com.ophos.registrar.billing.contract;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * What renewing a contract for the period [periodStart, periodEnd) costs: {@code months} whole
 * months (R12) at {@code monthlyPrice}, the frozen price (R5) or the one of the accepted price
 * notice {@code priceNoticeId} (R7, null when none applies).
 */
public record RenewalQuote(long contractId, String offer, Instant periodStart, Instant periodEnd, int months,
                           BigDecimal monthlyPrice, BigDecimal amount, String currency,
                           PaymentMethod paymentMethod, Long priceNoticeId) {
}
