package com.ophos.registrar.lifecycle.change;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.ophos.registrar.billing.ledger.ChargeKind;
import com.ophos.registrar.billing.ledger.Ledger;
import com.ophos.registrar.billing.ledger.RegistryCharge;
import com.ophos.registrar.common.NotFoundProblem;
import com.ophos.registrar.common.audit.AuditLog;
import com.ophos.registrar.lifecycle.journal.OperationJournal;
import com.ophos.registrar.lifecycle.model.Domain;
import com.ophos.registrar.lifecycle.model.Operation;
import com.ophos.registrar.registry.RegistryRouter;
import com.ophos.registrar.registry.spi.DomainExpirySync;
import com.ophos.registrar.registry.spi.DomainInfo;
import com.ophos.registrar.registry.spi.DomainInfoQuery;
import com.ophos.registrar.registry.spi.Fee;
import com.ophos.registrar.registry.spi.FeeQuery;
import com.ophos.registrar.registry.spi.Outcome;
import com.ophos.registrar.registry.spi.RegistryAdapter;
import com.ophos.registrar.registry.spi.RegistryException;
import com.ophos.registrar.registry.spi.RegistryReceipt;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Sends a journalled ConsoliDate exactly once in effect. The entry and its clTRID are committed
 * first. Before sending, the registry's info is read: a name that already expires on the day is done
 * without a command, because a sync to the day it already has would move its expiry a whole year.
 * After an unknown outcome info decides: the expiry falls on the day = done; otherwise requeued and
 * resent with the same clTRID. The domain row's expiry is taken from the registry's info afterwards.
 * Verisign bills the added time: an applied sync is charged once, at the fee the registry reported,
 * else at the configured renew tariff prorated per month added (a started month counts whole, as R12
 * counts the company's own renewals).
 */
@ApplicationScoped
public class SyncExpiry {
    private static final Logger LOG = Logger.getLogger(SyncExpiry.class);
    private static final boolean APPLIED = true;
    private static final boolean NOT_APPLIED = false;

    private final OperationJournal journal;
    private final RegistryRouter router;
    private final Ledger ledger;
    private final AuditLog audit;
    private final ObjectMapper json;
    private final Clock clock;
    private final Duration registryTimeout;

    public SyncExpiry(OperationJournal journal, RegistryRouter router, Ledger ledger, AuditLog audit, ObjectMapper json,
                      Clock clock,
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

    /** Opens the entry (or finds the one this key opened) and drives it one attempt further. */
    public ChangeResult run(String principal, String idempotencyKey, String requestHash, String registryId,
                            ExpiryAlignmentIntent intent) {
        Operation op = journal.open(Operation.Kind.DOMAIN_EXPIRY_SYNC, principal, idempotencyKey, requestHash,
                intent.customerId(), intent.name(), registryId, toJson(intent)).operation();
        return attempt(op.id);
    }

    /** One attempt on an existing entry: whatever its state, it is never sent twice blindly. */
    public ChangeResult attempt(long operationId) {
        Operation op = journal.find(operationId).orElseThrow(() -> new NotFoundProblem("no operation " + operationId));
        return switch (op.state) {
            case SUCCEEDED -> new ChangeResult(ChangeResult.Status.DONE, op.id, "done earlier by operation " + op.id);
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
        ExpiryAlignmentIntent intent = intentOf(op);
        RegistryAdapter registry = registryOf(op);
        try {
            DomainInfo before = info(registry, intent.name());
            if (fallsOn(before, intent.day())) {
                return complete(op.id, 1000, "nothing to change: the name already expires on " + intent.expiryDay(),
                        null, before, NOT_APPLIED, Optional.empty());
            }
            RegistryReceipt receipt = registry.syncExpiry(new DomainExpirySync(intent.name(), intent.day(), op.clTRID))
                    .await().atMost(registryTimeout);
            if (receipt.pending()) {
                journal.awaitingRegistry(op.id, receipt.resultCode(), receipt.message(), receipt.svTRID());
                return new ChangeResult(ChangeResult.Status.PENDING, op.id, "pending at the registry (1001)");
            }
            return complete(op.id, receipt.resultCode(), receipt.message(), receipt.svTRID(),
                    infoAfterwards(registry, op), APPLIED, receipt.fee());
        } catch (RegistryException e) {
            if (e.outcome().mayHaveBeenApplied()) {
                journal.unknown(op.id, e.resultCode(), e.getMessage());
                return reconcile(op.id);
            }
            journal.failed(op.id, e);
            QuarkusTransaction.requiringNew().run(() -> audit.record(op.principal, "domain.expiry-aligned.refused",
                    "domain:" + op.domain, Map.of("operation", op.id, "code", e.resultCode()), op.clTRID, e.svTRID()));
            return new ChangeResult(ChangeResult.Status.REFUSED, op.id,
                    "refused by " + e.registryId() + " (" + e.resultCode() + "): " + e.getMessage());
        } catch (RuntimeException e) {
            LOG.errorf("expiry sync %d (%s) has no recorded answer: %s", op.id, op.clTRID, e.getClass().getName());
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

    /** Settles an entry of unknown outcome from the registry's view of the name. */
    public ChangeResult reconcile(long operationId) {
        Operation op = journal.find(operationId).orElseThrow();
        ExpiryAlignmentIntent intent = intentOf(op);
        DomainInfo info = info(registryOf(op), intent.name());
        if (fallsOn(info, intent.day())) {
            return complete(op.id, 1000, "reconciled: the registry shows the expiry on " + intent.expiryDay(),
                    op.svTRID, info, APPLIED, Optional.empty());
        }
        journal.requeue(op.id);
        return new ChangeResult(ChangeResult.Status.UNSETTLED, op.id, "not applied at the registry; requeued");
    }

    /** The poll settled a 1001 sync. */
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
        return complete(op.id, settledCode, message, op.svTRID, infoAfterwards(registryOf(op), op),
                APPLIED, Optional.empty());
    }

    /** Expiry instants are UTC at every registry we speak to; the day is read there. */
    static boolean fallsOn(DomainInfo info, MonthDay day) {
        return info.expiresAt().map(expiry -> MonthDay.from(expiry.atOffset(ZoneOffset.UTC)).equals(day))
                .orElse(false);
    }

    private DomainInfo info(RegistryAdapter registry, String name) {
        return registry.infoDomain(DomainInfoQuery.of(name)).await().atMost(registryTimeout);
    }

    /**
     * The applied sync is final whatever happens to this read: when info fails the row keeps its
     * expiry until the next info (poll, renewal run) refreshes it, and the operation says so.
     */
    private DomainInfo infoAfterwards(RegistryAdapter registry, Operation op) {
        try {
            return info(registry, op.domain);
        } catch (RuntimeException e) {
            LOG.warnf("expiry sync %d applied; the new expiry of %s could not be read: %s", op.id, op.domain,
                    e.getClass().getSimpleName());
            return null;
        }
    }

    /**
     * The local copy follows the registry: the expiry it now shows. A sync that was {@code applied} is
     * charged (the {@code reported} fee, else the tariff); one that was not needed is not.
     */
    private ChangeResult complete(long operationId, int code, String message, String svTRID, DomainInfo info,
                                  boolean applied, Optional<Fee> reported) {
        Instant now = Instant.now(clock);
        Optional<Instant> expiry = Optional.ofNullable(info).flatMap(DomainInfo::expiresAt);
        String detail = expiry.isPresent() ? message : message + " (new expiry not read yet)";
        Operation journalled = journal.find(operationId).orElseThrow();
        ExpiryAlignmentIntent journalledIntent = intentOf(journalled);
        Optional<Fee> fee = reported.or(() -> tariff(registryOf(journalled), journalledIntent, expiry));
        // Without an svTRID (outcome learnt by info) our clTRID keys the charge: still once per operation.
        String transaction = svTRID != null && !svTRID.isBlank() ? svTRID : "reconciled-" + journalled.clTRID;
        QuarkusTransaction.requiringNew().run(() -> {
            Operation op = Operation.findById(operationId);
            ExpiryAlignmentIntent intent = intentOf(op);
            Domain.byName(intent.name()).ifPresent(domain -> {
                expiry.ifPresent(at -> domain.expiresAt = at);
                domain.updatedAt = now;
            });
            if (applied) {
                fee.ifPresentOrElse(f -> ledger.recordRegistryCharge(new RegistryCharge(intent.customerId(),
                                intent.name(), operationId, op.registryId, ChargeKind.REGISTRY_EXPIRY_SYNC, f, op.clTRID,
                                transaction, now)),
                        () -> LOG.warnf("expiry sync %d of %s: no fee reported and the added time is not known "
                                + "(or no tariff configured); not charged", operationId, intent.name()));
            }
            journal.markFinished(op, Operation.State.SUCCEEDED, code, detail, svTRID);
            Map<String, Object> audited = new LinkedHashMap<>();
            audited.put("operation", op.id);
            audited.put("expiryDay", intent.expiryDay());
            expiry.ifPresent(at -> audited.put("expiresAt", at.toString()));
            audit.record(op.principal, "domain.expiry-aligned", "domain:" + op.domain, audited, op.clTRID, svTRID);
        });
        return new ChangeResult(ChangeResult.Status.DONE, operationId, detail);
    }

    /**
     * The renew tariff for the months added past the expiry the request started from, a started month
     * counting whole; unknown when either expiry is.
     */
    static Optional<Fee> tariff(RegistryAdapter registry, ExpiryAlignmentIntent intent, Optional<Instant> to) {
        if (intent.from().isEmpty() || to.isEmpty()) {
            return Optional.empty();
        }
        LocalDate from = LocalDate.ofInstant(intent.from().get(), ZoneOffset.UTC);
        LocalDate until = LocalDate.ofInstant(to.get(), ZoneOffset.UTC);
        long months = ChronoUnit.MONTHS.between(from, until);
        if (from.plusMonths(months).isBefore(until)) {
            months++;
        }
        if (months <= 0) {
            return Optional.empty();
        }
        long added = months;
        return registry.policy().tariffPrice(new FeeQuery(intent.name(), FeeQuery.Command.RENEW, 1))
                .map(perYear -> new Fee(perYear.amount().multiply(BigDecimal.valueOf(added))
                        .divide(BigDecimal.valueOf(12), 2, RoundingMode.HALF_UP), perYear.currency()));
    }

    private RegistryAdapter registryOf(Operation op) {
        return router.byId(op.registryId).orElseThrow(() ->
                new IllegalStateException("operation " + op.id + " names unconfigured registry " + op.registryId));
    }

    private ExpiryAlignmentIntent intentOf(Operation op) {
        try {
            return json.readValue(op.intent, ExpiryAlignmentIntent.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("operation " + op.id + " has an unreadable intent", e);
        }
    }

    private String toJson(ExpiryAlignmentIntent intent) {
        try {
            return json.writeValueAsString(intent);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the intent", e);
        }
    }
}
