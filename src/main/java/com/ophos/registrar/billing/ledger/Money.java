package com.ophos.registrar.billing.ledger;

import com.ophos.registrar.common.InvalidInputException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;

/** Exact amounts in a currency's minor unit; nothing is ever silently rounded except computed VAT. */
public final class Money {
    private Money() {
    }

    /** The amount at the currency's scale; refuses an amount that would need rounding. */
    public static BigDecimal exact(BigDecimal amount, String currencyCode, String field) {
        int digits = fractionDigits(currencyCode, field);
        try {
            return amount.setScale(digits, RoundingMode.UNNECESSARY);
        } catch (ArithmeticException e) {
            throw new InvalidInputException(field, "amount " + amount.toPlainString() + " has more than "
                    + digits + " decimals for " + currencyCode);
        }
    }

    /** VAT on an amount excl. tax, rounded half-up to the currency's minor unit. */
    public static BigDecimal vat(BigDecimal amount, BigDecimal rate, String currencyCode) {
        return amount.multiply(rate).setScale(fractionDigits(currencyCode, "currency"), RoundingMode.HALF_UP);
    }

    private static int fractionDigits(String currencyCode, String field) {
        Currency currency;
        try {
            currency = Currency.getInstance(currencyCode);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidInputException(field, "unknown currency " + currencyCode);
        }
        int digits = currency.getDefaultFractionDigits();
        // The ledger stores NUMERIC(19,2); a currency with finer minor units cannot be recorded exactly.
        if (digits < 0 || digits > 2) {
            throw new InvalidInputException(field, "currency " + currencyCode + " is not supported by the ledger");
        }
        return digits;
    }
}
