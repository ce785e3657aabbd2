package com.ophos.registrar.registry.spi;

import java.util.Objects;

/** The price of one command for one name (all its years), and whether the registry or our tariff gave it. */
public record CommandQuote(Fee fee, PriceSource source) {
    public CommandQuote {
        Objects.requireNonNull(fee, "fee");
        Objects.requireNonNull(source, "source");
    }
}
