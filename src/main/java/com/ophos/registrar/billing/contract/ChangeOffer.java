package com.ophos.registrar.billing.contract;

import com.ophos.registrar.billing.ledger.ChargeKind;
import com.ophos.registrar.billing.ledger.Ledger;
import com.ophos.registrar.common.ConflictException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * R13: an upgrade is accepted at any time and charged for the rest of the term in whole months
 * (R12); a downgrade is refused before the term ends. The new offer is frozen as sold (R5).
 */
@ApplicationScoped
public class ChangeOffer {

    private final OfferCatalogue catalogue;
    private final Ledger ledger;

    ChangeOffer(OfferCatalogue catalogue, Ledger ledger) {
        this.catalogue = catalogue;
        this.ledger = ledger;
    }

    @Transactional
    public Contract run(long contractId, String offerName, Instant now) {
        Contract contract = Contract.require(contractId);
        if (contract.status != ContractStatus.ACTIVE) {
            throw new ContractStateException("R13", contract, "change its offer");
        }
        OfferSnapshot current = contract.offer();
        OfferSnapshot wanted = catalogue.offer(offerName, now);
        if (wanted.name().equals(current.name())) {
            throw new ConflictException("R13", List.of("offer"), "contract " + contractId + " already has " + offerName);
        }
        if (wanted.rank() > current.rank()) {
            BigDecimal charge = upgradeCharge(current, wanted, now, contract.termEndsAt);
            contract.freeze(wanted, now);
            if (charge.signum() > 0) {
                ledger.recordContractEntry(contract.customerId, contract.id, contract.domain, ChargeKind.CONTRACT_UPGRADE,
                        charge, "contract-" + contract.id + "-upgrade-" + wanted.name() + "-" + now.toEpochMilli(), now);
            }
        } else {
            if (now.isBefore(contract.termEndsAt)) {
                throw new DowngradeBeforeTermException(current.name(), wanted.name(), contract.termEndsAt);
            }
            contract.freeze(wanted, now);
        }
        return contract;
    }

    /** R12/R13: the price difference for every month left in the term, the current month counted whole. */
    public static BigDecimal upgradeCharge(OfferSnapshot from, OfferSnapshot to, Instant now, Instant termEndsAt) {
        int monthsLeft = StartedMonths.between(now, termEndsAt);
        return to.priceMonthly().subtract(from.priceMonthly()).multiply(BigDecimal.valueOf(monthsLeft));
    }
}
