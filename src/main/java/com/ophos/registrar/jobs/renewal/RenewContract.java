package com.ophos.registrar.jobs.renewal;

import com.ophos.registrar.dispute.DisputeFreeze;
import com.ophos.registrar.billing.contract.Contract;
import com.ophos.registrar.billing.contract.ContractStatus;
import com.ophos.registrar.billing.contract.RenewalPricing;
import com.ophos.registrar.billing.contract.RenewalQuote;
import com.ophos.registrar.billing.contract.SuspendContract;
import com.ophos.registrar.billing.contract.SuspensionReason;
import com.ophos.registrar.billing.contract.TerminateContract;
import com.ophos.registrar.billing.ledger.ChargeKind;
import com.ophos.registrar.billing.ledger.Ledger;
import com.ophos.registrar.common.audit.AuditLog;
import com.ophos.registrar.jobs.ItemResult;
import com.ophos.registrar.jobs.RunsConfig;
import com.ophos.registrar.lifecycle.RenewDomain;
import com.ophos.registrar.lifecycle.RenewalOrder;
import com.ophos.registrar.lifecycle.RenewalResult;
import com.ophos.registrar.lifecycle.model.Domain;
import com.ophos.registrar.registry.RegistryRouter;
import com.ophos.registrar.registry.spi.RegistryPolicy;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.Optional;

/**
 * One contract at its term, as the renewal run sees it:
 * <ol>
 *   <li>a renewal the customer's payments do not cover leads to suspension (R8) or termination;</li>
 *   <li>a paid one first renews the domain at the registry when it would expire within the new
 *       period (exactly once per contract term, through {@link RenewDomain});</li>
 *   <li>then bills the period in whole months (R12, R7 prices) and extends the contract's term.</li>
 * </ol>
 */
@ApplicationScoped
public class RenewContract {
    static final String ACTOR = "scheduler";

    private final RenewalPricing pricing;
    private final ContractBalance balance;
    private final SuspendContract suspend;
    private final TerminateContract terminate;
    private final RenewDomain renewDomain;
    private final RegistryRouter router;
    private final Ledger ledger;
    private final AuditLog audit;
    private final RunsConfig config;
    private final DisputeFreeze disputes;

    RenewContract(RenewalPricing pricing, ContractBalance balance, SuspendContract suspend, TerminateContract terminate,
                  RenewDomain renewDomain, RegistryRouter router, Ledger ledger, AuditLog audit, RunsConfig config,
                  DisputeFreeze disputes) {
        this.pricing = pricing;
        this.balance = balance;
        this.suspend = suspend;
        this.terminate = terminate;
        this.renewDomain = renewDomain;
        this.router = router;
        this.ledger = ledger;
        this.audit = audit;
        this.config = config;
        this.disputes = disputes;
    }

    /** What the run knows of a contract at its term, read in one transaction (no quote unless active). */
    private record AtTerm(Contract contract, RenewalQuote quote, boolean paid, Optional<Domain> domain,
                          boolean frozen) {
    }

    /** {@code actor}: the run, named in the suspension row it may write (R8). */
    public ItemResult run(long contractId, Instant now, String actor) {
        AtTerm atTerm = QuarkusTransaction.requiringNew().call(() -> atTerm(contractId, now));
        Contract contract = atTerm.contract();
        if (contract.status != ContractStatus.ACTIVE) {
            return ItemResult.skipped("contract " + contractId + " is " + contract.status + ": not renewed");
        }
        RenewalQuote quote = atTerm.quote();
        if (!atTerm.paid()) {
            return unpaid(contract, quote, now, actor);
        }
        Optional<Domain> domain = atTerm.domain();
        if (atTerm.frozen()) {
            return ItemResult.skipped("domain " + domain.get().name + " is frozen by a dispute case (R3): not renewed");
        }
        String domainNote = "";
        if (domain.isPresent() && expiresBefore(domain.get(), quote.periodEnd())) {
            RenewalResult renewed = renewDomain.run(new RenewalOrder(domain.get().name,
                    yearsToCover(domain.get(), quote.periodEnd()), ACTOR,
                    "renewal:contract-" + contractId + ":" + quote.periodStart()));
            if (!renewed.renewed()) {
                // The contract is extended only once its domain is: a pending or failed renewal is retried.
                return renewed.status() == RenewalResult.Status.PENDING
                        ? ItemResult.skipped("domain renewal pending at the registry (operation " + renewed.operationId() + ")")
                        : ItemResult.failed("domain renewal " + renewed.status().name().toLowerCase() + ": " + renewed.detail());
            }
            domainNote = "; domain renewed until " + renewed.expiresAt();
        }
        QuarkusTransaction.requiringNew().run(() -> extend(contractId, quote, now));
        return ItemResult.done("contract renewed until " + quote.periodEnd() + " for " + quote.amount() + " "
                + quote.currency() + " (" + quote.months() + " months, R12)" + domainNote);
    }

    private AtTerm atTerm(long contractId, Instant now) {
        Contract contract = Contract.require(contractId);
        if (contract.status != ContractStatus.ACTIVE) {
            return new AtTerm(contract, null, false, Optional.empty(), false);
        }
        RenewalQuote quote = pricing.quoteRenewal(contractId, now);
        boolean paid = balance.unused(contractId).compareTo(quote.amount()) >= 0;
        Optional<Domain> domain = paid ? domainOf(contract) : Optional.empty();
        boolean frozen = domain.isPresent() && disputes.isFrozen(domain.get().name);
        return new AtTerm(contract, quote, paid, domain, frozen);
    }

    private ItemResult unpaid(Contract contract, RenewalQuote quote, Instant now, String actor) {
        if (config.renewal().unpaidAction() == RunsConfig.UnpaidAction.TERMINATE) {
            QuarkusTransaction.requiringNew().run(() -> terminate.run(contract.id, now));
            return ItemResult.done("renewal of " + quote.amount() + " " + quote.currency()
                    + " unpaid: contract terminated at term (" + contract.termEndsAt + ")");
        }
        if (contract.suspended) {
            return ItemResult.skipped("renewal unpaid; contract already suspended (R8)");
        }
        QuarkusTransaction.requiringNew().run(() ->
                suspend.run(contract.id, SuspensionReason.LATE_PAYMENT, actor, now));
        return ItemResult.done("renewal of " + quote.amount() + " " + quote.currency()
                + " unpaid: contract suspended (R8)");
    }

    private void extend(long contractId, RenewalQuote quote, Instant now) {
        Contract contract = Contract.require(contractId);
        ledger.recordContractEntry(contract.customerId, contractId, contract.domain, ChargeKind.CONTRACT_RENEWAL,
                quote.amount(), "renewal:" + contractId + ":" + quote.periodStart(), now);
        contract.termEndsAt = quote.periodEnd();
        audit.record(ACTOR, "contract.renewed", "contract:" + contractId,
                Map.of("from", quote.periodStart().toString(), "until", quote.periodEnd().toString(),
                        "months", quote.months(), "amount", quote.amount().toPlainString(), "rule", "R12"));
    }

    static Optional<Domain> domainOf(Contract contract) {
        return Domain.<Domain>find("contractId", contract.id).firstResultOptional()
                .or(() -> Domain.byName(contract.domain));
    }

    private static boolean expiresBefore(Domain domain, Instant periodEnd) {
        return domain.expiresAt != null && domain.expiresAt.isBefore(periodEnd);
    }

    /** Whole years taking the expiry past the new period's end, within what the registry offers. */
    private int yearsToCover(Domain domain, Instant periodEnd) {
        RegistryPolicy policy = router.byId(domain.registryId).orElseThrow().policy();
        ZonedDateTime expiry = domain.expiresAt.atZone(ZoneOffset.UTC);
        int years = 1;
        while (expiry.plusYears(years).toInstant().isBefore(periodEnd)) {
            years++;
        }
        int wanted = years;
        return policy.renewYears().stream().filter(y -> y >= wanted).min(Integer::compare)
                .orElseThrow(() -> new IllegalStateException(policy.registryId() + " renews by " + policy.renewYears()
                        + " years, not " + wanted));
    }
}
