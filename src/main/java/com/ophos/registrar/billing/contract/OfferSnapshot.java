package com.ophos.registrar.billing.contract;

import java.math.BigDecimal;
import java.util.List;

/** R5: an offer as it was sold, frozen in the contract until the end of its term. */
public record OfferSnapshot(String name, List<String> features, BigDecimal priceMonthly, String currency, int rank) {
    public OfferSnapshot {
        features = List.copyOf(features);
    }
}
