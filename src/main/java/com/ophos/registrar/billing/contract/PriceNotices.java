package com.ophos.registrar.billing.contract;

import com.ophos.registrar.billing.BillingConfig;
import com.ophos.registrar.billing.ledger.Money;
import com.ophos.registrar.common.InvalidInputException;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** R7: announcing price increases with their opposition window. */
@ApplicationScoped
public class PriceNotices {

    private final OfferCatalogue catalogue;
    private final BillingConfig config;

    PriceNotices(OfferCatalogue catalogue, BillingConfig config) {
        this.catalogue = catalogue;
        this.config = config;
    }

    /** Announces {@code newPriceMonthly} for {@code offerName}; customers may oppose for 10 weeks (R7). */
    @Transactional
    public PriceNotice announce(String offerName, BigDecimal newPriceMonthly, Instant now) {
        if (newPriceMonthly == null) {
            throw new InvalidInputException("newPriceMonthly", "the new monthly price is required");
        }
        OfferSnapshot current = catalogue.offer(offerName, now);
        BigDecimal newPrice = Money.exact(newPriceMonthly, current.currency(), "newPriceMonthly");
        BigDecimal announcedBefore = latestAnnounced(offerName).map(n -> n.newPriceMonthly).orElse(current.priceMonthly());
        if (newPrice.compareTo(announcedBefore) <= 0) {
            throw new InvalidInputException("newPriceMonthly", "a price notice announces an increase (R7): "
                    + newPrice.toPlainString() + " is not above " + announcedBefore.toPlainString());
        }
        PriceNotice notice = new PriceNotice();
        notice.offerName = offerName;
        notice.oldPriceMonthly = announcedBefore;
        notice.newPriceMonthly = newPrice;
        notice.currency = current.currency();
        notice.notifiedAt = now;
        notice.oppositionEndsAt = now.plus(Duration.ofDays(7L * config.priceOppositionWeeks()));
        notice.persist();
        return notice;
    }

    @Transactional
    public List<PriceNotice> of(String offerName) {
        if (!catalogue.exists(offerName)) {
            throw new UnknownOfferException(offerName);
        }
        return PriceNotice.list("offerName", Sort.by("notifiedAt").and("id"), offerName);
    }

    private static Optional<PriceNotice> latestAnnounced(String offerName) {
        return PriceNotice.<PriceNotice>find("offerName", Sort.descending("notifiedAt", "id"), offerName)
                .firstResultOptional();
    }
}
