package com.ophos.registrar.billing.contract;

import com.ophos.registrar.billing.BillingConfig;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/** R18: computes a customer's liability cap, see {@link LiabilityCap} for the definition. */
@ApplicationScoped
public class LiabilityCaps {

    private final BillingConfig config;

    LiabilityCaps(BillingConfig config) {
        this.config = config;
    }

    @Transactional
    public LiabilityCap of(long customerId, Instant at) {
        Instant monthStart = at.atZone(ZoneOffset.UTC).minusMonths(1).toInstant();
        // A contract is in force from its activation notice (R10) until it ends; withdrawn and
        // cancelled orders were never activated and drop out with activatedAt.
        List<Contract> inForce = Contract.list(
                "customerId = ?1 and activatedAt is not null and activatedAt < ?2 and (endsAt is null or endsAt > ?3)",
                Sort.by("id"), customerId, at, monthStart);
        BigDecimal amount = inForce.stream()
                .map(contract -> contract.offerPriceMonthly)
                .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
        return new LiabilityCap(customerId, monthStart, at, amount, config.companyCurrency(),
                inForce.stream().map(contract -> contract.id).toList());
    }
}
