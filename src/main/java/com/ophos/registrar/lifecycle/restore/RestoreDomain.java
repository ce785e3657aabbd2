package com.ophos.registrar.lifecycle.restore;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.ophos.registrar.billing.ledger.ChargeKind;
import com.ophos.registrar.billing.ledger.Ledger;
import com.ophos.registrar.billing.ledger.RegistryCharge;
import com.ophos.registrar.common.NotFoundProblem;
import com.ophos.registrar.common.audit.AuditLog;
import com.ophos.registrar.lifecycle.DeletionIntent;
import com.ophos.registrar.lifecycle.change.ChangeResult;
import com.ophos.registrar.lifecycle.journal.OperationJournal;
import com.ophos.registrar.lifecycle.model.Domain;
import com.ophos.registrar.lifecycle.model.Operation;
import com.ophos.registrar.registry.RegistryRouter;
import com.ophos.registrar.registry.spi.DomainInfo;
import com.ophos.registrar.registry.spi.DomainInfoQuery;
import com.ophos.registrar.registry.spi.DomainRestore;
import com.ophos.registrar.registry.spi.Fee;
import com.ophos.registrar.registry.spi.FeeQuery;
import com.ophos.registrar.registry.spi.Outcome;
import com.ophos.registrar.registry.spi.RegistryAdapter;
import com.ophos.registrar.registry.spi.RegistryException;
import com.ophos.registrar.registry.spi.RegistryReceipt;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Sends a journalled RGP restore and records it once. The entry, its clTRID and the quoted fee are
 * committed first; the adapter sends the request and, where the registry waits for one (Verisign),
 * the report. Once the registry restored the name, the row the delete removed comes back for the
 * same customer, its expiry and statuses read from the registry, and the restore fee is charged once:
 * the registry's own figure, else the quote it accepted, else the configured tariff. After an unknown
 * outcome info decides: still in redemption = not applied, requeued and resent with the same clTRID;
 * ours and out of the delete cycle = done.
 */
@ApplicationScoped
public class RestoreDomain {
    private static final Logger LOG = Logger.getLogger(RestoreDomain.class);
    static final String REDEMPTION = "redemptionPeriod";
    private static final Set<String> DELETE_CYCLE = Set.of(REDEMPTION, "pendingRestore", "pendingDelete");
    /** Where a resend helps: nothing applied yet, or the request applied and its report still due. */
    private static final Set<String> RESENDABLE = Set.of(REDEMPTION, "pendingRestore");

    private final OperationJournal journal;
    private final RegistryRouter router;
    private final Ledger ledger;
    private final AuditLog audit;
    private final ObjectMapper json;
    private final Clock clock;
    private final Duration registryTimeout;

    public RestoreDomain(OperationJournal journal, RegistryRouter router, Ledger ledger, AuditLog audit,
                         ObjectMapper json, Clock clock,
                         @ConfigProperty(name = "registrar.runs.registry-timeout", defaultValue = "PT60S")
                         Duration registryTimeout) {
        this.journal = journal;
        this.router = router;
        this.ledger = ledger;
        this.audit = audit;
        this.json = json;
        this.clock = clock;
        this.registryTimeout = registryTimeout;
    }

    /** One attempt on the entry: whatever its state, it is never sent twice blindly. */
    public ChangeResult attempt(long operationId) {
        Operation op = journal.find(operationId).orElseThrow(() -> new NotFoundProblem("no operation " + operationId));
        return switch (op.state) {
            case SUCCEEDED -> new ChangeResult(ChangeResult.Status.DONE, op.id, "restored earlier by operation " + op.id);
            case FAILED -> new ChangeResult(ChangeResult.Status.REFUSED, op.id, op.resultMessage);
            case UNKNOWN -> reconcile(op.id);
            case RUNNING -> op.resultCode != null && op.resultCode == 1001
                    ? new ChangeResult(ChangeResult.Status.PENDING, op.id, "pending at the registry (1001)")
                    : inFlight(op) ? new ChangeResult(ChangeResult.Status.UNSETTLED, op.id,
                            "being sent by another worker") : interrupted(op);
            case PENDING -> send(op.id);
        };
    }

    /** Sends a journalled entry that was never sent (restart resume); claimed entries are left alone. */
    public ChangeResult resume(long operationId) {
        return send(operationId);
    }

    private ChangeResult send(long operationId) {
        Optional<Operation> claimed = journal.claim(operationId);
        if (claimed.isEmpty()) {
            return new ChangeResult(ChangeResult.Status.UNSETTLED, operationId, "being sent by another worker");
        }
        Operation op = claimed.get();
        RestoreIntent intent = intentOf(op);
        try {
            RegistryReceipt receipt = registryOf(op).restoreDomain(new DomainRestore(intent.name(), intent.reason(),
                    expectedFee(intent), op.clTRID)).await().atMost(registryTimeout);
            if (receipt.pending()) {
                journal.awaitingRegistry(op.id, receipt.resultCode(), receipt.message(), receipt.svTRID());
                return new ChangeResult(ChangeResult.Status.PENDING, op.id, "pending at the registry (1001)");
            }
            return complete(op.id, receipt.resultCode(), receipt.message(), receipt.svTRID(), receipt.fee());
        } catch (RegistryException e) {
            if (e.outcome().mayHaveBeenApplied()) {
                journal.unknown(op.id, e.resultCode(), e.getMessage());
                return reconcile(op.id);
            }
            journal.failed(op.id, e);
            QuarkusTransaction.requiringNew().run(() -> audit.record(op.principal, "domain.restore.refused",
                    "domain:" + op.domain, Map.of("operation", op.id, "code", e.resultCode()), op.clTRID, e.svTRID()));
            return new ChangeResult(ChangeResult.Status.REFUSED, op.id,
                    "refused by " + e.registryId() + " (" + e.resultCode() + "): " + e.getMessage());
        } catch (RuntimeException e) {
            LOG.errorf("restore %d (%s) has no recorded answer: %s", op.id, op.clTRID, e.getClass().getName());
            journal.unknown(op.id, 0, "no answer recorded: " + e.getClass().getSimpleName());
            return new ChangeResult(ChangeResult.Status.UNSETTLED, op.id, "no answer; reconciled on the next attempt");
        }
    }

    private boolean inFlight(Operation op) {
        return op.startedAt != null && op.startedAt.plus(registryTimeout).isAfter(Instant.now(clock));
    }

    private ChangeResult interrupted(Operation op) {
        journal.unknown(op.id, 0, "interrupted; reconciling before any resend");
        return reconcile(op.id);
    }

    /**
     * Settles an entry of unknown outcome from the registry's view: ours and out of the delete cycle =
     * restored; still in redemption = not applied, or a request applied whose report is missing
     * ({@code pendingRestore}): requeued, and the resend (same clTRID) sends what is missing.
     */
    public ChangeResult reconcile(long operationId) {
        Operation op = journal.find(operationId).orElseThrow();
        if (op.state == Operation.State.SUCCEEDED || op.state == Operation.State.FAILED) {
            return attempt(op.id);
        }
        DomainInfo info = registryOf(op).infoDomain(DomainInfoQuery.of(op.domain)).await().atMost(registryTimeout);
        Optional<String> cycle = deleteCycleStatus(info);
        if (info.ours() && cycle.isEmpty()) {
            return complete(op.id, 1000, "reconciled: the registry shows the name restored", op.svTRID,
                    Optional.empty());
        }
        if (info.ours() && cycle.filter(RESENDABLE::contains).isPresent()) {
            journal.requeue(op.id);
            return new ChangeResult(ChangeResult.Status.UNSETTLED, op.id, "the registry shows " + cycle.get()
                    + "; requeued for a resend with the same clTRID");
        }
        LOG.warnf("restore %d of %s: the registry shows %s; left for support", op.id, op.domain,
                cycle.orElse("sponsor " + info.sponsor()));
        return new ChangeResult(ChangeResult.Status.UNSETTLED, op.id, "the registry shows the name "
                + cycle.orElse("sponsored by " + info.sponsor()) + "; not resent");
    }

    /** The poll settled a 1001 restore. */
    public ChangeResult settle(long operationId, int settledCode, String message) {
        Operation op = journal.find(operationId).orElseThrow();
        if (op.state == Operation.State.SUCCEEDED || op.state == Operation.State.FAILED) {
            return new ChangeResult(op.state == Operation.State.SUCCEEDED ? ChangeResult.Status.DONE
                    : ChangeResult.Status.REFUSED, op.id, "already settled");
        }
        if (settledCode >= 2000) {
            journal.failed(op.id, settledCode, message);
            return new ChangeResult(ChangeResult.Status.REFUSED, op.id, message);
        }
        return complete(op.id, settledCode, message, op.svTRID, Optional.empty());
    }

    /** The RGP or EPP status that says the name is still being deleted, if any. */
    static Optional<String> deleteCycleStatus(DomainInfo info) {
        return info.rgpStatus().filter(DELETE_CYCLE::contains)
                .or(() -> info.statuses().stream().filter(DELETE_CYCLE::contains).sorted().findFirst());
    }

    /**
     * The name is back: its row for the customer (as the delete kept it, with the registry's expiry and
     * statuses), the restore fee charged once, the entry finished, all in one transaction.
     */
    private ChangeResult complete(long operationId, int code, String message, String svTRID, Optional<Fee> reported) {
        Operation op = journal.find(operationId).orElseThrow();
        RestoreIntent intent = intentOf(op);
        RegistryAdapter registry = registryOf(op);
        Optional<DomainInfo> info = infoAfterwards(registry, intent.name());
        Optional<Fee> fee = reported.or(() -> expectedFee(intent))
                .or(() -> registry.policy().tariffPrice(FeeQuery.restore(intent.name())));
        // Without an svTRID (outcome learnt by info) our clTRID keys the charge: still once per operation.
        String transaction = svTRID != null && !svTRID.isBlank() ? svTRID : "reconciled-" + op.clTRID;
        Instant now = Instant.now(clock);
        QuarkusTransaction.requiringNew().run(() -> {
            Operation entry = Operation.findById(operationId);
            if (Domain.byName(intent.name()).isEmpty()) {
                rowBack(intent, entry, info, now).persist();
            }
            fee.ifPresentOrElse(f -> ledger.recordRegistryCharge(new RegistryCharge(intent.customerId(), intent.name(),
                            operationId, entry.registryId, ChargeKind.REGISTRY_RESTORE, f, entry.clTRID, transaction,
                            now)),
                    () -> LOG.warnf("restore %d of %s: no fee from the registry and no tariff configured",
                            operationId, intent.name()));
            journal.markFinished(entry, Operation.State.SUCCEEDED, code, message, transaction);
            audit.record(entry.principal, "domain.restored", "domain:" + intent.name(),
                    Map.of("operation", operationId, "customer", intent.customerId(),
                            "undoes", intent.deleteOperationId()), entry.clTRID, transaction);
        });
        return new ChangeResult(ChangeResult.Status.DONE, operationId, message);
    }

    private static Domain rowBack(RestoreIntent intent, Operation entry, Optional<DomainInfo> info, Instant now) {
        DeletionIntent.Held held = intent.held();
        Domain domain = new Domain();
        domain.name = intent.name();
        domain.unicodeName = held.unicodeName();
        domain.registryId = entry.registryId;
        domain.customerId = intent.customerId();
        domain.contractId = held.contractId();
        domain.holderContactId = held.holder();
        domain.adminContactId = held.admin();
        domain.techContactIds.addAll(held.tech());
        domain.nameservers.addAll(info.map(DomainInfo::nameservers).filter(ns -> !ns.isEmpty())
                .orElse(held.nameservers()));
        info.ifPresent(i -> domain.statuses.addAll(i.statuses()));
        domain.authInfoEncrypted = held.authInfoSealed();
        domain.operationId = entry.id;
        domain.createdAt = held.createdAt() != null ? held.createdAt() : now;
        domain.expiresAt = info.flatMap(DomainInfo::expiresAt).orElse(null);
        domain.updatedAt = now;
        return domain;
    }

    /** The restore is final whatever happens to this read: the row then waits for the next info for its expiry. */
    private Optional<DomainInfo> infoAfterwards(RegistryAdapter registry, String name) {
        try {
            return Optional.of(registry.infoDomain(DomainInfoQuery.of(name)).await().atMost(registryTimeout));
        } catch (RuntimeException e) {
            LOG.warnf("restore of %s applied; the name could not be read back: %s", name, e.getClass().getSimpleName());
            return Optional.empty();
        }
    }

    static Optional<Fee> expectedFee(RestoreIntent intent) {
        return intent.expectedFee() == null ? Optional.empty()
                : Optional.of(new Fee(intent.expectedFee(), intent.expectedCurrency()));
    }

    private RegistryAdapter registryOf(Operation op) {
        return router.byId(op.registryId).orElseThrow(() ->
                new IllegalStateException("operation " + op.id + " names unconfigured registry " + op.registryId));
    }

    private RestoreIntent intentOf(Operation op) {
        try {
            return json.readValue(op.intent, RestoreIntent.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("operation " + op.id + " has an unreadable intent", e);
        }
    }
}
