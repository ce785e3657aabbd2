package com.ophos.registrar.api;

import com.ophos.registrar.lifecycle.NameCheck;
import com.ophos.registrar.lifecycle.name.DomainName;
import com.ophos.registrar.registry.spi.Fee;
import com.ophos.registrar.registry.spi.PriceSource;
import com.ophos.registrar.registry.spi.Quote;
import java.math.BigDecimal;
import java.util.List;

/** Answer of {@code GET /api/v1/domains/check}: one entry per name asked, in the order asked. */
public record CheckJson(List<Entry> results) {

    /**
     * @param name the name as asked; {@code aLabel}/{@code uLabel} its normalised forms (null when invalid)
     */
    public record Entry(String name, String aLabel, String uLabel, boolean available, String reason, String registry,
                        Price price) {
    }

    /** Per-year prices excluding tax; {@code source} is {@code registry-fee-extension} or {@code configured-tariff}. */
    public record Price(BigDecimal createPerYear, BigDecimal renewPerYear, String currency, String source,
                        boolean premium) {
        static Price of(Quote q) {
            String currency = q.createPerYear().or(q::renewPerYear).map(Fee::currency).orElse(null);
            return new Price(q.createPerYear().map(Fee::amount).orElse(null),
                    q.renewPerYear().map(Fee::amount).orElse(null), currency,
                    q.source() == PriceSource.REGISTRY_FEE_EXTENSION ? "registry-fee-extension" : "configured-tariff",
                    q.premium());
        }
    }

    static CheckJson of(List<NameCheck> checks) {
        return new CheckJson(checks.stream().map(c -> new Entry(c.input(),
                c.name().map(DomainName::aLabel).orElse(null), c.name().map(DomainName::uLabel).orElse(null),
                c.available(), c.reason().orElse(null), c.registryId().orElse(null),
                c.quote().map(Price::of).orElse(null))).toList());
    }
}
