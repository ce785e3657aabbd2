package com.ophos.registrar.billing.contract;

import com.ophos.registrar.common.NotFoundProblem;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** A hosting contract for one primary domain (R4), with the offer frozen as sold (R5). */
@Entity
@Table(name = "contract")
public class Contract extends PanacheEntityBase {

    private static final String FEATURE_SEPARATOR = "\n";

    @Id
    @SequenceGenerator(name = "contract_seq", sequenceName = "contract_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "contract_seq")
    public Long id;

    @Column(name = "customer_id", nullable = false)
    public long customerId;

    @Column(nullable = false)
    public String domain;

    @Column(name = "offer_name", nullable = false)
    public String offerName;

    /** One feature per line. */
    @Column(name = "offer_features", nullable = false)
    public String offerFeatures;

    @Column(name = "offer_price_monthly", nullable = false, precision = 19, scale = 2)
    public BigDecimal offerPriceMonthly;

    @Column(name = "offer_rank", nullable = false)
    public int offerRank;

    /** When the offer was frozen: at order, or at an upgrade (R13). */
    @Column(name = "offer_snapshot_at", nullable = false)
    public Instant offerSnapshotAt;

    @Column(nullable = false)
    public String currency;

    @Column(name = "term_months", nullable = false)
    public int termMonths;

    @Enumerated(EnumType.STRING)
    @Column(name = "payment_method", nullable = false)
    public PaymentMethod paymentMethod;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ContractStatus status;

    @Column(nullable = false)
    public boolean suspended;

    @Column(name = "ordered_at", nullable = false)
    public Instant orderedAt;

    @Column(name = "paid_at")
    public Instant paidAt;

    /** R10: the activation notice's timestamp, the contract's start. */
    @Column(name = "activated_at")
    public Instant activatedAt;

    @Column(name = "term_ends_at")
    public Instant termEndsAt;

    @Column(name = "termination_requested_at")
    public Instant terminationRequestedAt;

    @Column(name = "ends_at")
    public Instant endsAt;

    @Column(name = "withdrawn_at")
    public Instant withdrawnAt;

    @Version
    public long version;

    public static Contract require(long id) {
        Contract contract = findById(id);
        if (contract == null) {
            throw new NotFoundProblem("no contract " + id);
        }
        return contract;
    }

    public OfferSnapshot offer() {
        List<String> features = offerFeatures.isEmpty() ? List.of()
                : Arrays.asList(offerFeatures.split(FEATURE_SEPARATOR));
        return new OfferSnapshot(offerName, features, offerPriceMonthly, currency, offerRank);
    }

    void freeze(OfferSnapshot offer, Instant at) {
        offerName = offer.name();
        offerFeatures = String.join(FEATURE_SEPARATOR, offer.features());
        offerPriceMonthly = offer.priceMonthly();
        offerRank = offer.rank();
        currency = offer.currency();
        offerSnapshotAt = at;
    }

    public Term term() {
        return Term.ofMonths(termMonths);
    }

    public boolean isPaid() {
        return paidAt != null;
    }

    /** What the order costs: the frozen monthly price times the term (R5, R11). */
    public BigDecimal subscriptionAmount() {
        return offerPriceMonthly.multiply(BigDecimal.valueOf(termMonths));
    }
}
