package com.ophos.registrar.billing.contract;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * R7: a price increase announced to customers. They may oppose it by terminating until
 * {@code oppositionEndsAt}; after that it is accepted and applies to renewals.
 */
@Entity
@Table(name = "price_notice")
public class PriceNotice extends PanacheEntityBase {

    @Id
    @SequenceGenerator(name = "price_notice_seq", sequenceName = "price_notice_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "price_notice_seq")
    public Long id;

    @Column(name = "offer_name", nullable = false)
    public String offerName;

    @Column(name = "old_price_monthly", nullable = false, precision = 19, scale = 2)
    public BigDecimal oldPriceMonthly;

    @Column(name = "new_price_monthly", nullable = false, precision = 19, scale = 2)
    public BigDecimal newPriceMonthly;

    @Column(nullable = false)
    public String currency;

    @Column(name = "notified_at", nullable = false)
    public Instant notifiedAt;

    @Column(name = "opposition_ends_at", nullable = false)
    public Instant oppositionEndsAt;

    /** The notice applies to periods starting at or after the end of the opposition window. */
    public boolean appliesFrom(Instant periodStart) {
        return !periodStart.isBefore(oppositionEndsAt);
    }
}
