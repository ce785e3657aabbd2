package com.ophos.registrar.api.billing;

import com.ophos.registrar.billing.contract.Contract;
import com.ophos.registrar.billing.contract.OfferSnapshot;
import java.time.Instant;
import java.util.List;

/** A contract as the API shows it; prices are exact decimal strings. */
public record ContractView(long id, long customerId, String domain, OfferView offer, int termMonths,
                           String paymentMethod, String status, boolean suspended, boolean paid,
                           String subscriptionAmount, Instant orderedAt, Instant paidAt, Instant activatedAt,
                           Instant termEndsAt, Instant terminationRequestedAt, Instant endsAt, Instant withdrawnAt) {

    /** R5: the offer as frozen in the contract. */
    public record OfferView(String name, List<String> features, String priceMonthly, String currency, int rank,
                            Instant frozenAt) {
    }

    static ContractView of(Contract c) {
        OfferSnapshot offer = c.offer();
        return new ContractView(c.id, c.customerId, c.domain,
                new OfferView(offer.name(), offer.features(), offer.priceMonthly().toPlainString(), offer.currency(),
                        offer.rank(), c.offerSnapshotAt),
                c.termMonths, c.paymentMethod.name(), c.status.name(), c.suspended, c.isPaid(),
                c.subscriptionAmount().toPlainString(), c.orderedAt, c.paidAt, c.activatedAt, c.termEndsAt,
                c.terminationRequestedAt, c.endsAt, c.withdrawnAt);
    }
}
