package com.ophos.registrar.billing.contract;

import com.ophos.registrar.common.InvalidInputException;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;

/**
 * Prices the renewal of a contract for the scheduled renewal run: one more term from the end of
 * the current one, billed per whole month (R12), at the frozen monthly price unless a price
 * increase not yet in force when the offer was frozen has passed its opposition window by the start of
 * the renewed period (R7). A terminated contract is not renewed.
 */
@ApplicationScoped
public class RenewalPricing {

    @Transactional
    public RenewalQuote quoteRenewal(long contractId, Instant asOf) {
        Contract contract = requireRenewable(contractId);
        Instant start = contract.termEndsAt;
        return quote(contract, start, StartedMonths.plus(start, contract.termMonths));
    }

    /**
     * Renewal to a given end, e.g. to align the contract on its domain's expiry: a started month is
     * billed whole (R12).
     */
    @Transactional
    public RenewalQuote quoteRenewalUntil(long contractId, Instant until) {
        Contract contract = requireRenewable(contractId);
        if (!until.isAfter(contract.termEndsAt)) {
            throw new InvalidInputException("until", "the renewal must end after " + contract.termEndsAt);
        }
        return quote(contract, contract.termEndsAt, until);
    }

    private static Contract requireRenewable(long contractId) {
        Contract contract = Contract.require(contractId);
        if (contract.status != ContractStatus.ACTIVE) {
            throw new ContractStateException("R7", contract, "renew");
        }
        return contract;
    }

    private static RenewalQuote quote(Contract contract, Instant start, Instant end) {
        int months = StartedMonths.between(start, end);
        Optional<PriceNotice> notice = acceptedNoticeSinceFrozen(contract, start);
        BigDecimal monthly = notice.map(n -> n.newPriceMonthly).orElse(contract.offerPriceMonthly);
        return new RenewalQuote(contract.id, contract.offerName, start, end, months, monthly,
                monthly.multiply(BigDecimal.valueOf(months)), contract.currency,
                contract.paymentMethod.requireAllowedFor(contract.term(), "paymentMethod"),
                notice.map(n -> n.id).orElse(null));
    }

    /** R7: the latest notice for the offer that was not yet in force when it was frozen and is by {@code start}. */
    static Optional<PriceNotice> acceptedNoticeSinceFrozen(Contract contract, Instant start) {
        return PriceNotice.<PriceNotice>find(
                        "offerName = ?1 and oppositionEndsAt > ?2 and oppositionEndsAt <= ?3",
                        Sort.descending("oppositionEndsAt", "id"), contract.offerName, contract.offerSnapshotAt, start)
                .firstResultOptional();
    }
}
