package com.ophos.registrar.registry.spi;

import java.math.BigDecimal;
import java.util.Objects;

/** An amount a registry charges, exact, in the registry's currency, excluding tax. */
public record Fee(BigDecimal amount, String currency) {
    public Fee {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
    }
}
