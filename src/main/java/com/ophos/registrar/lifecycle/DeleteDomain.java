package com.ophos.registrar.lifecycle;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.ophos.registrar.billing.ledger.ChargeKind;
import com.ophos.registrar.billing.ledger.Ledger;
import com.ophos.registrar.billing.ledger.LedgerEntry;
import com.ophos.registrar.billing.ledger.RegistryRefund;
import com.ophos.registrar.common.NotFoundProblem;
import com.ophos.registrar.common.audit.AuditLog;
import com.ophos.registrar.lifecycle.journal.OperationJournal;
import com.ophos.registrar.lifecycle.model.Domain;
import com.ophos.registrar.lifecycle.model.Operation;
import com.ophos.registrar.registry.RegistryRouter;
import com.ophos.registrar.registry.spi.DomainDelete;
import com.ophos.registrar.registry.spi.DomainInfo;
import com.ophos.registrar.registry.spi.DomainInfoQuery;
import com.ophos.registrar.registry.spi.Fee;
import com.ophos.registrar.registry.spi.Outcome;
import com.ophos.registrar.registry.spi.RegistryAdapter;
import com.ophos.registrar.registry.spi.RegistryException;
import com.ophos.registrar.registry.spi.RegistryReceipt;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Deletes a name at its registry, journalled first like every transform. After an unknown outcome
 * an info query decides: 2303 or a name in pendingDelete/redemption means the delete was applied.
 * Once deleted, the name leaves our domains table; the journal and audit keep its history. A name
 * deleted inside the registry's add grace period is credited by the registry: the customer gets the
 * create charge back once, recorded before the entry is finished.
 */
@ApplicationScoped
public class DeleteDomain {
    private static final Logger LOG = Logger.getLogger(DeleteDomain.class);
    private static final Set<String> DELETED_STATUSES = Set.of("pendingDelete", "redemptionPeriod");

    private final OperationJournal journal;
    private final RegistryRouter router;
    private final Ledger ledger;
    private final AuditLog audit;
    private final ObjectMapper json;
    private final Clock clock;
    private final Duration registryTimeout;

    public DeleteDomain(OperationJournal journal, RegistryRouter router, Ledger ledger, AuditLog audit,
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

    public DeletionResult run(String name, String principal, String idempotencyKey, String rule, String reason) {
        // What the row holds is kept in the intent: a restore from redemption brings the row back.
        record Found(String registryId, DeletionIntent intent) {
        }
        Found found = QuarkusTransaction.requiringNew().call(() -> {
            Domain domain = Domain.byName(name).orElseThrow(() -> new NotFoundProblem("no domain " + name));
            return new Found(domain.registryId, new DeletionIntent(domain.name, domain.customerId, rule, reason,
                    DeletionIntent.Held.of(domain)));
        });
        DeletionIntent intent = found.intent();
        Operation op = journal.open(Operation.Kind.DOMAIN_DELETE, principal, idempotencyKey,
                hash(name, idempotencyKey), intent.customerId(), intent.name(), found.registryId(), toJson(intent))
                .operation();
        return switch (op.state) {
            case SUCCEEDED -> new DeletionResult(DeletionResult.Status.DELETED, op.id, "deleted earlier by operation " + op.id);
            case FAILED -> new DeletionResult(DeletionResult.Status.REFUSED, op.id, op.resultMessage);
            case UNKNOWN -> reconcile(op.id);
            case RUNNING -> op.resultCode != null && op.resultCode == 1001
                    ? new DeletionResult(DeletionResult.Status.PENDING, op.id, "pending at the registry (1001)")
                    : inFlight(op) ? new DeletionResult(DeletionResult.Status.UNSETTLED, op.id,
                            "being sent by another worker") : interrupted(op);
            case PENDING -> send(op.id);
        };
    }

    /** Sends a journalled entry that was never sent (resumed after a restart); claimed entries are left alone. */
    public DeletionResult resume(long operationId) {
        return send(operationId);
    }

    private DeletionResult send(long operationId) {
        var claimed = journal.claim(operationId);
        if (claimed.isEmpty()) {
            return new DeletionResult(DeletionResult.Status.UNSETTLED, operationId, "being sent by another worker");
        }
        Operation op = claimed.get();
        try {
            RegistryReceipt receipt = registryOf(op).deleteDomain(new DomainDelete(op.domain, op.clTRID))
                    .await().atMost(registryTimeout);
            if (receipt.pending()) {
                journal.awaitingRegistry(op.id, receipt.resultCode(), receipt.message(), receipt.svTRID());
                return new DeletionResult(DeletionResult.Status.PENDING, op.id, "pending at the registry (1001)");
            }
            return complete(op.id, receipt.resultCode(), receipt.message(), receipt.svTRID());
        } catch (RegistryException e) {
            if (e.outcome() == Outcome.OBJECT_DOES_NOT_EXIST) {
                return complete(op.id, e.resultCode(), "the registry no longer holds the name", e.svTRID());
            }
            if (e.outcome().mayHaveBeenApplied()) {
                journal.unknown(op.id, e.resultCode(), e.getMessage());
                return reconcile(op.id);
            }
            journal.failed(op.id, e);
            QuarkusTransaction.requiringNew().run(() -> audit.record(op.principal, "domain.delete.refused",
                    "domain:" + op.domain, Map.of("operation", op.id, "code", e.resultCode()), op.clTRID, e.svTRID()));
            return new DeletionResult(DeletionResult.Status.REFUSED, op.id,
                    "refused by " + e.registryId() + " (" + e.resultCode() + "): " + e.getMessage());
        } catch (RuntimeException e) {
            LOG.errorf("delete %d (%s) has no recorded answer: %s", op.id, op.clTRID, e.getClass().getName());
            journal.unknown(op.id, 0, "no answer recorded: " + e.getClass().getSimpleName());
            return new DeletionResult(DeletionResult.Status.UNSETTLED, op.id, "no answer; reconciled on the next attempt");
        }
    }

    /** A concurrent request under the same key may be waiting for the registry's answer right now. */
    private boolean inFlight(Operation op) {
        return op.startedAt != null && op.startedAt.plus(registryTimeout).isAfter(Instant.now(clock));
    }

    private DeletionResult interrupted(Operation op) {
        journal.unknown(op.id, 0, "interrupted; reconciling before any resend");
        return reconcile(op.id);
    }

    public DeletionResult reconcile(long operationId) {
        Operation op = journal.find(operationId).orElseThrow();
        try {
            DomainInfo info = registryOf(op).infoDomain(DomainInfoQuery.of(op.domain)).await().atMost(registryTimeout);
            boolean gone = !info.ours() || info.statuses().stream().anyMatch(DELETED_STATUSES::contains)
                    || info.rgpStatus().filter(DELETED_STATUSES::contains).isPresent();
            if (gone) {
                return complete(op.id, 1000, "reconciled: the registry shows the name deleted", op.svTRID);
            }
        } catch (RegistryException e) {
            if (e.outcome() != Outcome.OBJECT_DOES_NOT_EXIST) {
                throw e;
            }
            return complete(op.id, 1000, "reconciled: the registry no longer holds the name", op.svTRID);
        }
        journal.requeue(op.id);
        return new DeletionResult(DeletionResult.Status.UNSETTLED, op.id, "not applied at the registry; requeued");
    }

    /** The poll settled a 1001 delete. */
    public DeletionResult settle(long operationId, int settledCode, String message) {
        Operation op = journal.find(operationId).orElseThrow();
        if (op.state == Operation.State.SUCCEEDED || op.state == Operation.State.FAILED) {
            return new DeletionResult(op.state == Operation.State.SUCCEEDED ? DeletionResult.Status.DELETED
                    : DeletionResult.Status.REFUSED, op.id, "already settled");
        }
        if (settledCode >= 2000) {
            journal.failed(op.id, settledCode, message);
            return new DeletionResult(DeletionResult.Status.REFUSED, op.id, message);
        }
        return complete(op.id, settledCode, message, op.svTRID);
    }

    /**
     * Records an applied delete: the add grace refund (committed by the ledger on its own, keyed by
     * this operation), then the row's removal and the finished entry in one transaction. A crash
     * before the finish leaves the entry to be reconciled again; the refund is not given twice.
     */
    private DeletionResult complete(long operationId, int code, String message, String svTRID) {
        Instant now = Instant.now(clock);
        QuarkusTransaction.requiringNew().run(() -> {
            Operation op = Operation.findById(operationId);
            if (op.state == Operation.State.SUCCEEDED) {
                return;
            }
            DeletionIntent intent = intentOf(op);
            Optional<Domain> domain = Domain.byName(op.domain);
            domain.ifPresent(deleted -> refundInAddGrace(op, deleted, svTRID, now));
            domain.ifPresent(Domain::delete);
            journal.markFinished(op, Operation.State.SUCCEEDED, code, message, svTRID);
            audit.record(op.principal, "domain.deleted", "domain:" + op.domain,
                    Map.of("operation", op.id, "registry", op.registryId, "rule", intent.rule(),
                            "reason", intent.reason(), "at", now.toString()), op.clTRID, svTRID);
        });
        return new DeletionResult(DeletionResult.Status.DELETED, operationId, message);
    }

    private void refundInAddGrace(Operation delete, Domain deleted, String svTRID, Instant deletedAt) {
        Duration addGrace = registryOf(delete).policy().grace().addGrace();
        if (deleted.createdAt == null || deletedAt.isAfter(deleted.createdAt.plus(addGrace))) {
            return;
        }
        Optional<LedgerEntry> createCharge = LedgerEntry.<LedgerEntry>find(
                "customerId = ?1 and domain = ?2 and kind = ?3 order by id desc", deleted.customerId, deleted.name,
                ChargeKind.REGISTRY_CREATE).firstResultOptional();
        // Without the registry's svTRID (outcome learnt by info) our clTRID keys the credit: still once.
        String transaction = svTRID != null && !svTRID.isBlank() ? svTRID : "reconciled-" + delete.clTRID;
        createCharge.ifPresent(charge -> ledger.recordRefund(new RegistryRefund(deleted.customerId, deleted.name,
                delete.id, delete.registryId, new Fee(charge.amount, charge.currency), delete.clTRID, transaction,
                deletedAt)));
    }

    private RegistryAdapter registryOf(Operation op) {
        return router.byId(op.registryId).orElseThrow(() ->
                new IllegalStateException("operation " + op.id + " names unconfigured registry " + op.registryId));
    }

    private DeletionIntent intentOf(Operation op) {
        try {
            return json.readValue(op.intent, DeletionIntent.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("operation " + op.id + " has an unreadable intent", e);
        }
    }

    private String toJson(DeletionIntent intent) {
        try {
            return json.writeValueAsString(intent);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the intent", e);
        }
    }

    private static String hash(String name, String key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest((name + "\n" + key).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
