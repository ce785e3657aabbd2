package com.ophos.registrar.billing;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.math.BigDecimal;

/** Company fees, VAT and contract windows of the terms of sale ({@code registrar.billing.*}). */
@ConfigMapping(prefix = "registrar.billing")
public interface BillingConfig {

    /** VAT rate applied to every ledger entry (French standard rate by default). */
    @WithDefault("0.20")
    BigDecimal vatRate();

    /** Currency of the company's own fees and offers. */
    @WithDefault("EUR")
    String companyCurrency();

    /** R8, R20: reactivation after a suspension for late payment or a block for quota overrun, excl. tax. */
    @WithDefault("15.00")
    BigDecimal reactivationFee();

    /** R22: penalty per recorded content violation, excl. tax. */
    @WithDefault("500.00")
    BigDecimal contentViolationPenalty();

    /** R16: withdrawal window in days from the order (Code de la consommation L.221-18: 14 days). */
    @WithDefault("14")
    int withdrawalDays();

    /** R7: how long the customer may oppose a price increase by terminating, in weeks. */
    @WithDefault("10")
    int priceOppositionWeeks();

    /** Sender of the activation notice (R10). */
    @WithDefault("noreply@localhost")
    String mailFrom();
}
