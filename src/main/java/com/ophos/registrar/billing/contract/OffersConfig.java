package com.ophos.registrar.billing.contract;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithParentName;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** The offers catalogue, {@code registrar.offers.<name>.*}. */
@ConfigMapping(prefix = "registrar.offers")
public interface OffersConfig {

    @WithParentName
    Map<String, Offer> offers();

    interface Offer {
        /** Monthly price excl. tax, in the company currency. */
        BigDecimal priceMonthly();

        List<String> features();

        /** Position in the range: moving to a higher rank is an upgrade (R13). */
        int rank();
    }
}
