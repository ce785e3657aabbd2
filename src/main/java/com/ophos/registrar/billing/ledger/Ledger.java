package com.ophos.registrar.billing.ledger;

import com.ophos.registrar.billing.BillingConfig;
import com.ophos.registrar.registry.spi.Fee;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * The customer's account. Registry fees are re-billed at cost in the registry's currency; an
 * operation is charged at most once per kind, however often it is reported (a renewal retried after
 * a timeout answers under another svTRID), and only once the registry confirmed it. The svTRID is
 * the registry's reference, stored but not a key: a registry that reuses one for another operation
 * still gets both charged, and the reuse is logged and counted ({@code registrar.ledger.svtrid.reused}).
 * Registry entries are committed on their own (see {@link RegistryTransactionWriter}); the unique
 * key (operation_id, kind) settles concurrent duplicates. Company and contract entries join the
 * caller's transaction, once per (customer_id, kind, reference).
 */
@ApplicationScoped
public class Ledger {

    private static final Logger LOG = Logger.getLogger(Ledger.class);

    private final BillingConfig config;
    private final RegistryTransactionWriter writer;
    private final MeterRegistry meters;

    Ledger(BillingConfig config, RegistryTransactionWriter writer, MeterRegistry meters) {
        this.config = config;
        this.writer = writer;
        this.meters = meters;
    }

    public LedgerEntry recordRegistryCharge(RegistryCharge charge) {
        if (!charge.kind().isRegistryCharge()) {
            throw new IllegalArgumentException(charge.kind() + " is not a registry charge");
        }
        return recordRegistryTransaction(charge.customerId(), charge.domain(), charge.operationId(),
                charge.registryId(), charge.kind(), charge.fee().amount(), charge.fee().currency(),
                charge.clTRID(), charge.svTRID(), charge.at());
    }

    /**
     * R24: the transfer the gaining account requested to move a name between two of our registry
     * accounts, re-billed to the name's customer once per move. A move is no journal operation, so the
     * entry is keyed by its reference {@code account-move-<id>} (unique per customer and kind), and
     * only recorded once the gaining account sponsors the name.
     */
    public LedgerEntry recordAccountMoveTransfer(long customerId, String domain, long moveId, String registryId,
                                                 Fee fee, String clTRID, String svTRID, Instant at) {
        String reference = "account-move-" + moveId;
        Optional<LedgerEntry> already = writer.sameReference(customerId, ChargeKind.REGISTRY_TRANSFER, reference);
        if (already.isPresent()) {
            return already.get();
        }
        LedgerEntry entry = new LedgerEntry();
        entry.customerId = customerId;
        entry.domain = domain;
        entry.registryId = Objects.requireNonNull(registryId, "registryId");
        entry.kind = ChargeKind.REGISTRY_TRANSFER;
        entry.amount = Money.exact(fee.amount(), fee.currency(), "fee.amount");
        entry.currency = fee.currency();
        entry.vatRate = config.vatRate();
        entry.vatAmount = Money.vat(entry.amount, entry.vatRate, fee.currency());
        entry.clTRID = clTRID;
        entry.svTRID = svTRID;
        entry.reference = reference;
        entry.createdAt = at == null ? Instant.now() : at;
        try {
            return writer.insert(entry);
        } catch (PersistenceException raced) {
            return writer.sameReference(customerId, ChargeKind.REGISTRY_TRANSFER, reference).orElseThrow(() -> raced);
        }
    }

    /** Records the registry's credit for a deletion inside the add grace period as a negative entry. */
    public LedgerEntry recordRefund(RegistryRefund refund) {
        Fee credit = refund.credit();
        if (credit.amount().signum() < 0) {
            throw new IllegalArgumentException("a refund is given as the positive credit amount");
        }
        return recordRegistryTransaction(refund.customerId(), refund.domain(), refund.operationId(),
                refund.registryId(), ChargeKind.REFUND_ADD_GRACE, credit.amount().negate(), credit.currency(),
                refund.clTRID(), refund.svTRID(), refund.at());
    }

    /**
     * R8/R20 reactivation fee or R22 penalty, amounts from configuration, in the company currency.
     * {@code reference} names what the fee is for (a suspension, a violation); the same reference is
     * charged once.
     */
    @Transactional
    public LedgerEntry recordCompanyFee(long customerId, CompanyFee fee, String reference) {
        return recordCompanyEntry(customerId, null, null, fee.kind(), fee.amount(config), reference, Instant.now());
    }

    /** A contract's own charge or credit (subscription, upgrade, renewal, withdrawal), once per reference. */
    @Transactional
    public LedgerEntry recordContractEntry(long customerId, long contractId, String domain, ChargeKind kind,
                                           BigDecimal amount, String reference, Instant at) {
        if (!kind.name().startsWith("CONTRACT_")) {
            throw new IllegalArgumentException(kind + " is not a contract entry");
        }
        return recordCompanyEntry(customerId, contractId, domain, kind, amount, reference, at);
    }

    @Transactional
    public LedgerPage list(LedgerFilter filter, int page, int size) {
        var found = query(filter);
        List<LedgerEntry> entries = new ArrayList<>(found.page(Page.of(page, size)).list());
        return new LedgerPage(entries, page, size, found.count());
    }

    private static PanacheQuery<LedgerEntry> query(LedgerFilter filter) {
        StringBuilder query = new StringBuilder("customerId = :customer");
        Map<String, Object> params = new HashMap<>();
        params.put("customer", filter.customerId());
        filter.from().ifPresent(from -> {
            query.append(" and createdAt >= :from");
            params.put("from", from);
        });
        filter.to().ifPresent(to -> {
            query.append(" and createdAt < :to");
            params.put("to", to);
        });
        filter.kind().ifPresent(kind -> {
            query.append(" and kind = :kind");
            params.put("kind", kind);
        });
        filter.domain().ifPresent(domain -> {
            query.append(" and domain = :domain");
            params.put("domain", domain);
        });
        return LedgerEntry.find(query.toString(), Sort.by("createdAt").and("id"), params);
    }

    /** Every entry matching the filter, oldest first (the CSV export). */
    @Transactional
    public List<LedgerEntry> listAll(LedgerFilter filter) {
        return query(filter).list();
    }

    @Transactional
    public List<LedgerEntry> entriesOfContract(long contractId) {
        return LedgerEntry.list("contractId", Sort.by("createdAt").and("id"), contractId);
    }

    private LedgerEntry recordRegistryTransaction(long customerId, String domain, long operationId, String registryId,
                                                  ChargeKind kind, BigDecimal amount, String currency,
                                                  String clTRID, String svTRID, Instant at) {
        Objects.requireNonNull(registryId, "registryId");
        if (svTRID == null || svTRID.isBlank()) {
            throw new UnconfirmedChargeException(registryId, operationId);
        }
        Optional<LedgerEntry> already = writer.sameOperation(operationId, kind);
        if (already.isPresent()) {
            return already.get();
        }
        writer.otherOperationWith(registryId, svTRID, operationId)
                .ifPresent(earlier -> svTridReused(registryId, svTRID, operationId, earlier));
        LedgerEntry entry = new LedgerEntry();
        entry.customerId = customerId;
        entry.domain = domain;
        entry.operationId = operationId;
        entry.registryId = registryId;
        entry.kind = kind;
        entry.amount = Money.exact(amount, currency, "fee.amount");
        entry.currency = currency;
        entry.vatRate = config.vatRate();
        entry.vatAmount = Money.vat(entry.amount, entry.vatRate, currency);
        entry.clTRID = clTRID;
        entry.svTRID = svTRID;
        entry.createdAt = at == null ? Instant.now() : at;
        try {
            return writer.insert(entry);
        } catch (PersistenceException raced) {
            // Another caller recorded the same registry transaction between our read and our insert.
            return writer.sameOperation(operationId, kind).orElseThrow(() -> raced);
        }
    }

    /** Charged anyway: the registry's reference is not ours to trust as a key. */
    private void svTridReused(String registryId, String svTRID, long operationId, LedgerEntry earlier) {
        LOG.warnf("registry %s reported svTRID %s for operation %d, already seen on operation %d (%s): both are "
                + "charged", registryId, svTRID, operationId, earlier.operationId, earlier.kind);
        meters.counter("registrar.ledger.svtrid.reused", "registry", registryId).increment();
    }


    private LedgerEntry recordCompanyEntry(long customerId, Long contractId, String domain, ChargeKind kind,
                                           BigDecimal amount, String reference, Instant at) {
        if (reference == null || reference.isBlank()) {
            throw new IllegalArgumentException("a company entry needs a reference");
        }
        Optional<LedgerEntry> already = LedgerEntry.<LedgerEntry>find(
                "customerId = ?1 and kind = ?2 and reference = ?3", customerId, kind, reference).firstResultOptional();
        if (already.isPresent()) {
            return already.get();
        }
        String currency = config.companyCurrency();
        LedgerEntry entry = new LedgerEntry();
        entry.customerId = customerId;
        entry.contractId = contractId;
        entry.domain = domain;
        entry.kind = kind;
        entry.amount = Money.exact(amount, currency, "amount");
        entry.currency = currency;
        entry.vatRate = config.vatRate();
        entry.vatAmount = Money.vat(entry.amount, entry.vatRate, currency);
        entry.reference = reference;
        entry.createdAt = at;
        entry.persistAndFlush();
        return entry;
    }
}
