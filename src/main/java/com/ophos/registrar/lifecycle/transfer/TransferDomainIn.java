package com.ophos.registrar.lifecycle.transfer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.ophos.registrar.billing.ledger.ChargeKind;
import com.ophos.registrar.billing.ledger.Ledger;
import com.ophos.registrar.billing.ledger.RegistryCharge;
import com.ophos.registrar.common.NotFoundProblem;
import com.ophos.registrar.common.audit.AuditLog;
import com.ophos.registrar.common.crypto.SecretBox;
import com.ophos.registrar.lifecycle.journal.OperationJournal;
import com.ophos.registrar.lifecycle.model.Domain;
import com.ophos.registrar.lifecycle.model.Operation;
import com.ophos.registrar.registry.RegistryRouter;
import com.ophos.registrar.registry.spi.DomainInfo;
import com.ophos.registrar.registry.spi.DomainInfoQuery;
import com.ophos.registrar.registry.spi.DomainTransfer;
import com.ophos.registrar.registry.spi.Fee;
import com.ophos.registrar.registry.spi.FeeQuery;
import com.ophos.registrar.registry.spi.Outcome;
import com.ophos.registrar.registry.spi.RegistriesConfig;
import com.ophos.registrar.registry.spi.RegistryAdapter;
import com.ophos.registrar.registry.spi.RegistryException;
import com.ophos.registrar.registry.spi.RegistryPolicy;
import com.ophos.registrar.registry.spi.TransferState;
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
 * Sends a journalled domain:transfer op="request" and follows it to its end. The request carries the
 * expected fee quoted when it was accepted, so a price change fails it instead of surprising the
 * customer. The answer is 1001: the transfer waits for the losing registrar (or the registry's
 * deadline). A poll message about the name, or the reconciliation run, then asks the registry
 * (transfer query, info): ours = the domain row is created for the customer and the transfer fee is
 * charged once, at cost, keyed by the request's svTRID; rejected or cancelled = failed. After an
 * unknown outcome the same query tells whether the request was applied before anything is resent.
 */
@ApplicationScoped
public class TransferDomainIn {
    private static final Logger LOG = Logger.getLogger(TransferDomainIn.class);
    private static final int REQUESTED = 1001;
    private static final int NO_TRANSFER_PENDING = 2301;
    private static final int AUTH_CODE_REFUSED = 2202;
    /** Answers meaning "not applied, not refused": the registry failed (2400), ended the session, or was out of reach. */
    private static final Set<Outcome> NOT_APPLIED_TRANSIENTLY = Set.of(Outcome.SESSION_ENDED, Outcome.UNAVAILABLE);
    private static final Set<TransferState.Status> APPROVED = Set.of(TransferState.Status.CLIENT_APPROVED,
            TransferState.Status.SERVER_APPROVED);

    private final OperationJournal journal;
    private final RegistryRouter router;
    private final SecretBox secrets;
    private final Ledger ledger;
    private final RegistriesConfig config;
    private final AuditLog audit;
    private final ObjectMapper json;
    private final Clock clock;
    private final Duration registryTimeout;

    public TransferDomainIn(OperationJournal journal, RegistryRouter router, SecretBox secrets, Ledger ledger,
                            RegistriesConfig config, AuditLog audit, ObjectMapper json, Clock clock,
                            @ConfigProperty(name = "registrar.runs.registry-timeout", defaultValue = "PT60S")
                            Duration registryTimeout) {
        this.journal = journal;
        this.router = router;
        this.secrets = secrets;
        this.ledger = ledger;
        this.config = config;
        this.audit = audit;
        this.json = json;
        this.clock = clock;
        this.registryTimeout = registryTimeout;
    }

    /** One attempt on the entry: never a blind resend. */
    public TransferInResult attempt(long operationId) {
        Operation op = journal.find(operationId).orElseThrow(() -> new NotFoundProblem("no operation " + operationId));
        return switch (op.state) {
            case SUCCEEDED -> new TransferInResult(TransferInResult.Status.TRANSFERRED, op.id, op.resultMessage);
            case FAILED -> new TransferInResult(TransferInResult.Status.REFUSED, op.id, op.resultMessage);
            case UNKNOWN -> reconcile(op.id);
            case RUNNING -> requested(op) ? new TransferInResult(TransferInResult.Status.PENDING, op.id,
                    "requested; waiting for the losing registrar (1001)")
                    : op.startedAt != null && op.startedAt.plus(registryTimeout).isAfter(Instant.now(clock))
                    ? new TransferInResult(TransferInResult.Status.UNSETTLED, op.id, "being sent by another worker")
                    : interrupted(op);
            case PENDING -> send(op.id);
        };
    }

    /** Restart resume: an entry never sent is sent now. */
    public TransferInResult resume(long operationId) {
        return send(operationId);
    }

    private TransferInResult interrupted(Operation op) {
        journal.unknown(op.id, 0, "interrupted; reconciling before any resend");
        return reconcile(op.id);
    }

    private TransferInResult send(long operationId) {
        Optional<Operation> claimed = journal.claim(operationId);
        if (claimed.isEmpty()) {
            return new TransferInResult(TransferInResult.Status.UNSETTLED, operationId, "being sent by another worker");
        }
        Operation op = claimed.get();
        TransferInIntent intent = intentOf(op);
        try {
            TransferState state = registryOf(op).transferDomain(new DomainTransfer(intent.name(),
                    DomainTransfer.Op.REQUEST, Optional.of(intent.years()),
                    Optional.of(secrets.open(intent.authInfoSealed())), expectedFee(intent), op.clTRID))
                    .await().atMost(registryTimeout);
            if (APPROVED.contains(state.status())) {
                // Some registries complete at once (1000): the name is ours already.
                return complete(op.id, state.receipt().resultCode(), state.receipt().message(),
                        state.receipt().svTRID(), state.receipt().fee());
            }
            journal.awaitingRegistry(op.id, REQUESTED, "requested; waiting for the losing registrar",
                    state.receipt().svTRID());
            return new TransferInResult(TransferInResult.Status.PENDING, op.id,
                    "requested; waiting for the losing registrar (1001)");
        } catch (RegistryException e) {
            if (e.outcome().mayHaveBeenApplied()) {
                journal.unknown(op.id, e.resultCode(), e.getMessage());
                return reconcile(op.id);
            }
            if (NOT_APPLIED_TRANSIENTLY.contains(e.outcome())) {
                // The registry did not take it and may tomorrow: the accepted request waits, as renewals do.
                journal.requeue(op.id);
                return new TransferInResult(TransferInResult.Status.UNSETTLED, op.id,
                        "not applied (" + e.outcome() + "); sent again with the same clTRID");
            }
            if (op.attempts > 1) {
                // A resend: an earlier attempt may have been applied and approved since, and the registry
                // refuses a transfer of a name we sponsor already. Only the registry can tell.
                journal.unknown(op.id, e.resultCode(), e.getMessage());
                return reconcileRefusedResend(op.id, e);
            }
            return refused(op, e);
        } catch (RuntimeException e) {
            LOG.errorf("transfer request %d (%s) has no recorded answer: %s", op.id, op.clTRID, e.getClass().getName());
            journal.unknown(op.id, 0, "no answer recorded: " + e.getClass().getSimpleName());
            return new TransferInResult(TransferInResult.Status.UNSETTLED, op.id,
                    "no answer; reconciled on the next attempt");
        }
    }

    /**
     * Asks the registry where the transfer stands: ours = done; pending for us = requested (1001);
     * nothing pending and not ours = rejected or cancelled if our request was known to be applied,
     * otherwise never applied and requeued for a resend with the same clTRID.
     */
    public TransferInResult reconcile(long operationId) {
        Operation op = journal.find(operationId).orElseThrow();
        if (op.state == Operation.State.SUCCEEDED || op.state == Operation.State.FAILED) {
            return attempt(op.id);
        }
        TransferInIntent intent = intentOf(op);
        RegistryAdapter registry = registryOf(op);
        Optional<String> authInfo = Optional.of(secrets.open(intent.authInfoSealed()));
        // An info with the auth code first: it tests the code whatever the transfer's state, where a
        // transfer query may answer 2301 (nothing pending) before it looks at the code.
        DomainInfo info;
        try {
            info = registry.infoDomain(new DomainInfoQuery(intent.name(), authInfo)).await().atMost(registryTimeout);
        } catch (RegistryException e) {
            if (e.outcome() != Outcome.AUTHORIZATION_FAILED) {
                throw e;
            }
            return authCodeRefused(op, registry, intent);
        }
        if (info.ours()) {
            return transferred(op);
        }
        Optional<TransferState> pending = pendingTransfer(registry, intent.name(), authInfo);
        if (pending.isPresent() && pending.get().requestingClient().equals(ourClientId(op))) {
            if (!requested(op)) {
                markRequested(op.id);
            }
            return new TransferInResult(TransferInResult.Status.PENDING, op.id,
                    "requested; waiting for the losing registrar (1001)");
        }
        // The losing registrar may have approved between the info and the query (the fault run caught it:
        // the resend was refused and the name, ours by then, was journalled as a failed transfer).
        if (sponsoredByUs(registry, intent.name())) {
            return transferred(op);
        }
        if (requested(op)) {
            journal.failed(op.id, NO_TRANSFER_PENDING, "the transfer was rejected or cancelled; the name stays with "
                    + info.sponsor());
            return new TransferInResult(TransferInResult.Status.REFUSED, op.id, "rejected or cancelled");
        }
        journal.requeue(op.id);
        return new TransferInResult(TransferInResult.Status.UNSETTLED, op.id,
                "not applied at the registry; requeued for a resend with the same clTRID");
    }

    /**
     * The registry refuses our auth code (2202) even for an info query. A request made with it was refused
     * too, and a code cannot change while a transfer is pending, so unless the name is ours already the
     * transfer did not happen: retrying would only be refused again (and would never settle).
     */
    private TransferInResult authCodeRefused(Operation op, RegistryAdapter registry, TransferInIntent intent) {
        DomainInfo info = registry.infoDomain(DomainInfoQuery.of(intent.name())).await().atMost(registryTimeout);
        if (info.ours()) {
            return transferred(op);
        }
        journal.failed(op.id, AUTH_CODE_REFUSED, "the registry does not accept the auth code; the name stays with "
                + info.sponsor());
        return new TransferInResult(TransferInResult.Status.REFUSED, op.id, "auth code refused by the registry");
    }

    /** A resend the registry refused: done if the name is ours by now, otherwise refused as it was answered. */
    private TransferInResult reconcileRefusedResend(long operationId, RegistryException refusal) {
        Operation op = journal.find(operationId).orElseThrow();
        if (sponsoredByUs(registryOf(op), op.domain)) {
            return transferred(op);
        }
        return refused(op, refusal);
    }

    /** The registry shows the name sponsored by us: the transfer is done, whatever answer we missed. */
    private TransferInResult transferred(Operation op) {
        return complete(op.id, 1000, "transferred: the registry shows the name sponsored by us", op.svTRID,
                Optional.empty());
    }

    private TransferInResult refused(Operation op, RegistryException refusal) {
        journal.failed(op.id, refusal);
        QuarkusTransaction.requiringNew().run(() -> audit.record(op.principal, "domain.transfer-in.refused",
                "domain:" + op.domain, Map.of("operation", op.id, "code", refusal.resultCode()), op.clTRID,
                refusal.svTRID()));
        return new TransferInResult(TransferInResult.Status.REFUSED, op.id,
                "refused by " + refusal.registryId() + " (" + refusal.resultCode() + "): " + refusal.getMessage());
    }

    private boolean sponsoredByUs(RegistryAdapter registry, String name) {
        return registry.infoDomain(DomainInfoQuery.of(name)).await().atMost(registryTimeout).ours();
    }

    /** The transfer query names the requesting registrar by the client id it logs in with. */
    private String ourClientId(Operation op) {
        return config.registries().get(op.registryId).clientId();
    }

    private Optional<TransferState> pendingTransfer(RegistryAdapter registry, String name, Optional<String> authInfo) {
        try {
            TransferState state = registry.transferDomain(new DomainTransfer(name, DomainTransfer.Op.QUERY,
                    Optional.empty(), authInfo, null)).await().atMost(registryTimeout);
            return state.status() == TransferState.Status.PENDING ? Optional.of(state) : Optional.empty();
        } catch (RegistryException e) {
            if (e.resultCode() == NO_TRANSFER_PENDING) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /** An entry the registry answered 1001 (request applied), awaiting the transfer's end. */
    private static boolean requested(Operation op) {
        return op.state == Operation.State.RUNNING && op.resultCode != null && op.resultCode == REQUESTED;
    }

    private void markRequested(long operationId) {
        QuarkusTransaction.requiringNew().run(() -> {
            Operation op = Operation.findById(operationId);
            op.state = Operation.State.RUNNING;
            op.resultMessage = "reconciled: the registry holds our transfer request";
            op.resultCode = REQUESTED;
            op.updatedAt = Instant.now(clock);
        });
    }

    /**
     * The name is ours: its row for the customer, read back from the registry, and the transfer fee
     * charged once. The fee is the registry's own figure when it gave one, else the quote it accepted
     * with the request (a registry with a fee extension refuses a request whose echo is wrong).
     */
    private TransferInResult complete(long operationId, int code, String message, String svTRID,
                                      Optional<Fee> reported) {
        Operation op = journal.find(operationId).orElseThrow();
        TransferInIntent intent = intentOf(op);
        RegistryAdapter registry = registryOf(op);
        DomainInfo info = registry.infoDomain(DomainInfoQuery.of(intent.name())).await().atMost(registryTimeout);
        Optional<Fee> fee = reported.or(() -> expectedFee(intent)).or(() -> tariff(registry.policy(), intent));
        // Without the request's svTRID (outcome learnt by info) our clTRID keys the charge: still once.
        String transaction = svTRID != null && !svTRID.isBlank() ? svTRID : "reconciled-" + op.clTRID;
        Instant now = Instant.now(clock);
        QuarkusTransaction.requiringNew().run(() -> {
            Operation entry = Operation.findById(operationId);
            if (Domain.byName(intent.name()).isEmpty()) {
                Domain domain = new Domain();
                domain.name = intent.name();
                domain.unicodeName = intent.unicodeName();
                domain.registryId = entry.registryId;
                domain.customerId = intent.customerId();
                domain.holderContactId = intent.holder();
                domain.adminContactId = intent.admin();
                domain.techContactIds.addAll(intent.tech());
                domain.nameservers.addAll(info.nameservers());
                domain.statuses.addAll(info.statuses());
                domain.authInfoEncrypted = intent.authInfoSealed();
                domain.operationId = operationId;
                domain.createdAt = info.createdAt() != null ? info.createdAt() : now;
                domain.expiresAt = info.expiresAt().orElse(null);
                domain.updatedAt = now;
                domain.persist();
            }
            fee.ifPresentOrElse(f -> ledger.recordRegistryCharge(new RegistryCharge(intent.customerId(), intent.name(),
                            operationId, entry.registryId, ChargeKind.REGISTRY_TRANSFER, f, entry.clTRID, transaction,
                            now)),
                    () -> LOG.warnf("transfer %d of %s: no fee from the registry and no tariff configured",
                            operationId, intent.name()));
            journal.markFinished(entry, Operation.State.SUCCEEDED, code, message, transaction);
            audit.record(entry.principal, "domain.transferred-in", "domain:" + intent.name(),
                    Map.of("operation", operationId, "customer", intent.customerId(), "years", intent.years()),
                    entry.clTRID, transaction);
        });
        return new TransferInResult(TransferInResult.Status.TRANSFERRED, operationId, message);
    }

    static Optional<Fee> expectedFee(TransferInIntent intent) {
        return intent.expectedFee() == null ? Optional.empty()
                : Optional.of(new Fee(intent.expectedFee(), intent.expectedCurrency()));
    }

    /** The configured transfer tariff, for all years. */
    static Optional<Fee> tariff(RegistryPolicy policy, TransferInIntent intent) {
        return policy.tariffPrice(FeeQuery.transfer(intent.name(), intent.years()));
    }

    private RegistryAdapter registryOf(Operation op) {
        return router.byId(op.registryId).orElseThrow(() ->
                new IllegalStateException("operation " + op.id + " names unconfigured registry " + op.registryId));
    }

    private TransferInIntent intentOf(Operation op) {
        try {
            return json.readValue(op.intent, TransferInIntent.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("operation " + op.id + " has an unreadable intent", e);
        }
    }
}
