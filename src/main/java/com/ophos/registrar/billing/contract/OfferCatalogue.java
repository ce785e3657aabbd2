package com.ophos.registrar.billing.contract;

import com.ophos.registrar.billing.BillingConfig;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;

/**
 * The offers on sale: configuration ({@code registrar.offers.*}) gives names, features and ranks;
 * the current price is the configured one, raised by every price notice whose opposition window
 * has ended (R7).
 */
@ApplicationScoped
public class OfferCatalogue {

    private final OffersConfig offers;
    private final BillingConfig billing;

    OfferCatalogue(OffersConfig offers, BillingConfig billing) {
        this.offers = offers;
        this.billing = billing;
    }

    /** The offer as it is sold at {@code at}. */
    public OfferSnapshot offer(String name, Instant at) {
        OffersConfig.Offer offer = configured(name);
        BigDecimal price = latestNoticeInForce(name, at)
                .map(notice -> notice.newPriceMonthly)
                .orElse(offer.priceMonthly());
        return new OfferSnapshot(name, offer.features(), price, billing.companyCurrency(), offer.rank());
    }

    public boolean exists(String name) {
        return name != null && offers.offers().containsKey(name);
    }

    static Optional<PriceNotice> latestNoticeInForce(String offerName, Instant at) {
        return PriceNotice.<PriceNotice>find("offerName = ?1 and oppositionEndsAt <= ?2",
                        Sort.descending("oppositionEndsAt", "id"), offerName, at)
                .firstResultOptional();
    }

    private OffersConfig.Offer configured(String name) {
        OffersConfig.Offer offer = name == null ? null : offers.offers().get(name);
        if (offer == null) {
            throw new UnknownOfferException(name);
        }
        return offer;
    }
}
