package com.ophos.registrar.billing.contract;

import java.util.Arrays;

/** R9: the payment methods the terms of sale accept. */
public enum PaymentMethod {
    CARD,
    TRANSFER,
    CHEQUE;

    /** Parses a method name, case-insensitively; anything else is refused under R9. */
    public static PaymentMethod parse(String field, String value) {
        return Arrays.stream(values())
                .filter(method -> method.name().equalsIgnoreCase(value == null ? "" : value.trim()))
                .findFirst()
                .orElseThrow(() -> new PaymentMethodRefusedException(field,
                        "payment method " + value + " is not accepted: card, transfer or cheque (R9)"));
    }

    /** R9: a monthly term, its renewals included, is payable by card only. */
    public PaymentMethod requireAllowedFor(Term term, String field) {
        if (term.isMonthly() && this != CARD) {
            throw new PaymentMethodRefusedException(field,
                    "a monthly term is payable by card only, renewals too (R9); got " + this);
        }
        return this;
    }
}
