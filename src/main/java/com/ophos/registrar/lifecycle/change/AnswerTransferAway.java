package com.ophos.registrar.lifecycle.change;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.ophos.registrar.common.NotFoundProblem;
import com.ophos.registrar.common.audit.AuditLog;
import com.ophos.registrar.dispute.DisputeFreeze;
import com.ophos.registrar.lifecycle.SettlingAttempts;
import com.ophos.registrar.lifecycle.journal.OperationJournal;
import com.ophos.registrar.lifecycle.journal.RequestHash;
import com.ophos.registrar.lifecycle.model.Domain;
import com.ophos.registrar.lifecycle.model.Operation;
import com.ophos.registrar.lifecycle.name.DomainName;
import com.ophos.registrar.registry.RegistryRouter;
import com.ophos.registrar.registry.spi.DomainInfo;
import com.ophos.registrar.registry.spi.DomainInfoQuery;
import com.ophos.registrar.registry.spi.DomainTransfer;
import com.ophos.registrar.registry.spi.Outcome;
import com.ophos.registrar.registry.spi.RegistryAdapter;
import com.ophos.registrar.registry.spi.RegistryException;
import com.ophos.registrar.registry.spi.TransferState;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The customer approves or rejects another registrar's transfer request for a name (RFC 5731
 * domain:transfer op="approve"/"reject"). Refused before anything is journalled when the name is
 * frozen (R3: the dispute decides who gets it) or no transfer is pending (409). Journalled like
 * every transform; after an unknown outcome the registry's view decides: approved = the name is no
 * longer ours, rejected = still ours with no transfer pending. An approved name leaves our table.
 */
@ApplicationScoped
public class AnswerTransferAway {
    private static final Logger LOG = Logger.getLogger(AnswerTransferAway.class);
    private static final int NO_TRANSFER_PENDING = 2301;

    private final OperationJournal journal;
    private final RegistryRouter router;
    private final DisputeFreeze freeze;
    private final SettlingAttempts attempts;
    private final RequestHash hashes;
    private final AuditLog audit;
    private final ObjectMapper json;
    private final Clock clock;
    private final Duration registryTimeout;

    public AnswerTransferAway(OperationJournal journal, RegistryRouter router, DisputeFreeze freeze,
                              SettlingAttempts attempts, RequestHash hashes, AuditLog audit, ObjectMapper json,
                              Clock clock,
                              @ConfigProperty(name = "registrar.runs.registry-timeout", defaultValue = "PT60S")
                              Duration registryTimeout) {
        this.journal = journal;
        this.router = router;
        this.freeze = freeze;
        this.attempts = attempts;
        this.hashes = hashes;
        this.audit = audit;
        this.json = json;
        this.clock = clock;
        this.registryTimeout = registryTimeout;
    }

    public CompletableFuture<ChangeResult> run(String name, boolean approve, String principal, String idempotencyKey) {
        String aLabel = DomainName.parse(name).aLabel();
        String requestHash = hashes.of(java.util.List.of("transfer-away", aLabel, approve ? "approve" : "reject"));
        Operation.Kind kind = approve ? Operation.Kind.TRANSFER_AWAY_APPROVE : Operation.Kind.TRANSFER_AWAY_REJECT;
        String what = (approve ? "approval" : "rejection") + " of the transfer of " + aLabel;
        Optional<Operation> earlier = journal.replay(principal, idempotencyKey, requestHash);
        if (earlier.isPresent()) {
            long id = earlier.get().id;
            return attempts.run(what, () -> attempt(id), ChangeResult::settled);
        }
        Domain domain = QuarkusTransaction.requiringNew().call(() -> Domain.byName(aLabel)
                .orElseThrow(() -> new NotFoundProblem(aLabel + " is not registered through the gateway")));
        if (QuarkusTransaction.requiringNew().call(() -> freeze.isFrozen(aLabel))) {
            throw new DomainFrozenException(aLabel);
        }
        RegistryAdapter registry = router.byId(domain.registryId).orElseThrow();
        TransferState pending = pendingTransfer(registry, aLabel);
        TransferDecisionIntent intent = new TransferDecisionIntent(aLabel, domain.customerId, approve,
                pending.requestingClient());
        long id = journal.open(kind, principal, idempotencyKey, requestHash, domain.customerId, aLabel,
                registry.registryId(), toJson(intent)).operation().id;
        return attempts.run(what, () -> attempt(id), ChangeResult::settled);
    }

    /** A query is a read: safe to send before the journal entry exists. */
    private TransferState pendingTransfer(RegistryAdapter registry, String aLabel) {
        try {
            TransferState state = registry.transferDomain(new DomainTransfer(aLabel, DomainTransfer.Op.QUERY,
                    Optional.empty(), Optional.empty(), null)).await().atMost(registryTimeout);
            if (state.status() != TransferState.Status.PENDING) {
                throw new NoPendingTransferAwayException(aLabel, state.status().name().toLowerCase());
            }
            return state;
        } catch (RegistryException e) {
            if (e.resultCode() == NO_TRANSFER_PENDING) {
                throw new NoPendingTransferAwayException(aLabel, "none on record");
            }
            throw e;
        }
    }

    public ChangeResult attempt(long operationId) {
        Operation op = journal.find(operationId).orElseThrow(() -> new NotFoundProblem("no operation " + operationId));
        return switch (op.state) {
            case SUCCEEDED -> new ChangeResult(ChangeResult.Status.DONE, op.id, "answered earlier by operation " + op.id);
            case FAILED -> new ChangeResult(ChangeResult.Status.REFUSED, op.id, op.resultMessage);
            case UNKNOWN -> reconcile(op.id);
            case RUNNING -> op.startedAt != null && op.startedAt.plus(registryTimeout).isAfter(Instant.now(clock))
                    ? new ChangeResult(ChangeResult.Status.UNSETTLED, op.id, "being sent by another worker")
                    : interrupted(op);
            case PENDING -> send(op.id);
        };
    }

    /** Restart resume: an entry never sent is sent now. */
    public ChangeResult resume(long operationId) {
        return send(operationId);
    }

    private ChangeResult interrupted(Operation op) {
        journal.unknown(op.id, 0, "interrupted; reconciling before any resend");
        return reconcile(op.id);
    }

    private ChangeResult send(long operationId) {
        Optional<Operation> claimed = journal.claim(operationId);
        if (claimed.isEmpty()) {
            return new ChangeResult(ChangeResult.Status.UNSETTLED, operationId, "being sent by another worker");
        }
        Operation op = claimed.get();
        TransferDecisionIntent intent = intentOf(op);
        DomainTransfer.Op answer = intent.approve() ? DomainTransfer.Op.APPROVE : DomainTransfer.Op.REJECT;
        try {
            TransferState state = registryOf(op).transferDomain(new DomainTransfer(intent.name(), answer,
                    Optional.empty(), Optional.empty(), op.clTRID)).await().atMost(registryTimeout);
            return complete(op.id, state.receipt().resultCode(), state.receipt().message(), state.receipt().svTRID());
        } catch (RegistryException e) {
            if (e.outcome().mayHaveBeenApplied()) {
                journal.unknown(op.id, e.resultCode(), e.getMessage());
                return reconcile(op.id);
            }
            journal.failed(op.id, e);
            QuarkusTransaction.requiringNew().run(() -> audit.record(op.principal, action(intent) + ".refused",
                    "domain:" + op.domain, Map.of("operation", op.id, "code", e.resultCode()), op.clTRID, e.svTRID()));
            return new ChangeResult(ChangeResult.Status.REFUSED, op.id,
                    "refused by " + e.registryId() + " (" + e.resultCode() + "): " + e.getMessage());
        } catch (RuntimeException e) {
            LOG.errorf("transfer answer %d (%s) has no recorded answer: %s", op.id, op.clTRID, e.getClass().getName());
            journal.unknown(op.id, 0, "no answer recorded: " + e.getClass().getSimpleName());
            return new ChangeResult(ChangeResult.Status.UNSETTLED, op.id, "no answer; reconciled on the next attempt");
        }
    }

    /**
     * The registry's view decides: approved = another registrar sponsors the name; rejected = ours with
     * no transfer pending; still pending = not applied, requeued. A transfer that ended otherwise
     * (cancelled by the gaining registrar, or approved by the registry's own deadline) makes the
     * answer moot: it fails without a resend.
     */
    public ChangeResult reconcile(long operationId) {
        Operation op = journal.find(operationId).orElseThrow();
        TransferDecisionIntent intent = intentOf(op);
        DomainInfo info = registryOf(op).infoDomain(DomainInfoQuery.of(intent.name())).await().atMost(registryTimeout);
        boolean stillPending = info.statuses().contains("pendingTransfer");
        if (stillPending && info.ours()) {
            journal.requeue(op.id);
            return new ChangeResult(ChangeResult.Status.UNSETTLED, op.id, "not applied at the registry; requeued");
        }
        if (intent.approve() ? !info.ours() : info.ours()) {
            return complete(op.id, 1000, "reconciled: the registry shows the transfer "
                    + (intent.approve() ? "approved" : "rejected"), op.svTRID);
        }
        journal.failed(op.id, 2301, "the transfer ended otherwise before this answer reached the registry");
        return new ChangeResult(ChangeResult.Status.REFUSED, op.id, "the transfer is no longer pending");
    }

    private ChangeResult complete(long operationId, int code, String message, String svTRID) {
        Instant now = Instant.now(clock);
        QuarkusTransaction.requiringNew().run(() -> {
            Operation op = Operation.findById(operationId);
            TransferDecisionIntent intent = intentOf(op);
            if (intent.approve()) {
                // The name now belongs to another registrar: it is not ours to manage any more.
                Domain.byName(intent.name()).ifPresent(Domain::delete);
            }
            journal.markFinished(op, Operation.State.SUCCEEDED, code, message, svTRID);
            audit.record(op.principal, action(intent), "domain:" + intent.name(),
                    Map.of("operation", operationId, "gainingRegistrar", String.valueOf(intent.gainingClient()),
                            "at", now.toString()), op.clTRID, svTRID);
        });
        return new ChangeResult(ChangeResult.Status.DONE, operationId, message);
    }

    private static String action(TransferDecisionIntent intent) {
        return intent.approve() ? "domain.transfer-away.approved" : "domain.transfer-away.rejected";
    }

    private RegistryAdapter registryOf(Operation op) {
        return router.byId(op.registryId).orElseThrow(() ->
                new IllegalStateException("operation " + op.id + " names unconfigured registry " + op.registryId));
    }

    private TransferDecisionIntent intentOf(Operation op) {
        try {
            return json.readValue(op.intent, TransferDecisionIntent.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("operation " + op.id + " has an unreadable intent", e);
        }
    }

    private String toJson(TransferDecisionIntent intent) {
        try {
            return json.writeValueAsString(intent);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the intent", e);
        }
    }
}
