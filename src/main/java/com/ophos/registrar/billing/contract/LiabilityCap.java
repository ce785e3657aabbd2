package com.ophos.registrar.billing.contract;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * R18: the company's liability is capped at the last month's subscription amount, that is the sum
 * of the monthly prices (excl. tax, as frozen in each contract, R5) of the customer's contracts in
 * force at any time during the month [{@code monthStart}, {@code at}).
 */
public record LiabilityCap(long customerId, Instant monthStart, Instant at, BigDecimal amount, String currency,
                           List<Long> contractIds) {
}
