package com.ophos.registrar.lifecycle;

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
import com.ophos.registrar.registry.spi.DomainInfo;
import com.ophos.registrar.registry.spi.DomainInfoQuery;
import com.ophos.registrar.registry.spi.DomainRenew;
import com.ophos.registrar.registry.spi.DomainRenewed;
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
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Renews a name exactly once per idempotency key. The journal entry (with its clTRID and the
 * expiry the renewal starts from) is committed before anything is sent; the command always carries
 * that expiry as curExpDate. After an unknown outcome, an info query tells whether the expiry moved
 * past it: if so the renewal is recorded as done, otherwise the entry is requeued and the next
 * attempt resends it, safely, with the same clTRID and curExpDate. The customer is charged once,
 * after the registry confirmed, and the domain's expiry is the registry's, read back by info.
 */
@ApplicationScoped
public class RenewDomain {
    private static final Logger LOG = Logger.getLogger(RenewDomain.class);
    /** A key whose entry the registry refused is reopened with a suffix, this many times at most. */
    private static final int MAX_ATTEMPT_ENTRIES = 10;

    private final OperationJournal journal;
    private final RegistryRouter router;
    private final Ledger ledger;
    private final AuditLog audit;
    private final ObjectMapper json;
    private final Clock clock;
    private final Duration registryTimeout;

    public RenewDomain(OperationJournal journal, RegistryRouter router, Ledger ledger, AuditLog audit,
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

    public RenewalResult run(RenewalOrder order) {
        Operation op = openEntry(order);
        return switch (op.state) {
            case SUCCEEDED -> new RenewalResult(RenewalResult.Status.RENEWED, op.id, currentExpiry(op.domain),
                    "renewed earlier by operation " + op.id);
            case UNKNOWN -> reconcile(op.id);
            case RUNNING -> op.resultCode != null && op.resultCode == 1001
                    ? new RenewalResult(RenewalResult.Status.PENDING, op.id, null, "pending at the registry (1001)")
                    : inFlight(op) ? new RenewalResult(RenewalResult.Status.UNSETTLED, op.id, null,
                            "being sent by another worker") : interrupted(op);
            case PENDING -> send(op.id);
            case FAILED -> new RenewalResult(RenewalResult.Status.REFUSED, op.id, null, op.resultMessage);
        };
    }

    /** The entry for this renewal; one the registry refused is followed by a fresh one (same key, next suffix). */
    private Operation openEntry(RenewalOrder order) {
        Domain domain = QuarkusTransaction.requiringNew().call(() -> Domain.byName(order.domain())
                .orElseThrow(() -> new NotFoundProblem("no domain " + order.domain())));
        RegistryAdapter registry = router.byId(domain.registryId).orElseThrow(() ->
                new IllegalStateException("domain " + domain.name + " names unconfigured registry " + domain.registryId));
        for (int attempt = 1; attempt <= MAX_ATTEMPT_ENTRIES; attempt++) {
            String key = attempt == 1 ? order.idempotencyKey() : order.idempotencyKey() + "#" + attempt;
            RenewalIntent intent = new RenewalIntent(domain.name,
                    LocalDate.ofInstant(domain.expiresAt, ZoneOffset.UTC), order.years(), domain.customerId);
            Operation op = journal.open(Operation.Kind.DOMAIN_RENEW, order.principal(), key,
                    hash(order.domain(), order.years(), key), domain.customerId, domain.name,
                    registry.registryId(), toJson(intent)).operation();
            if (op.state != Operation.State.FAILED || attempt == MAX_ATTEMPT_ENTRIES) {
                return op;
            }
        }
        throw new IllegalStateException("unreachable");
    }

    /** Sends a journalled entry that was never sent (resumed after a restart); claimed entries are left alone. */
    public RenewalResult resume(long operationId) {
        return send(operationId);
    }

    private RenewalResult send(long operationId) {
        Optional<Operation> claimed = journal.claim(operationId);
        if (claimed.isEmpty()) {
            return new RenewalResult(RenewalResult.Status.UNSETTLED, operationId, null,
                    "operation " + operationId + " is being sent by another worker");
        }
        Operation op = claimed.get();
        RenewalIntent intent = intentOf(op);
        RegistryAdapter registry = registryOf(op);
        try {
            DomainRenewed renewed = registry.renewDomain(new DomainRenew(intent.name(), intent.currentExpiry(),
                    intent.years(), Optional.empty(), op.clTRID)).await().atMost(registryTimeout);
            RegistryReceipt receipt = renewed.receipt();
            if (receipt.pending()) {
                journal.awaitingRegistry(op.id, receipt.resultCode(), receipt.message(), receipt.svTRID());
                return new RenewalResult(RenewalResult.Status.PENDING, op.id, null, "pending at the registry (1001)");
            }
            return complete(op, Optional.of(receipt), receipt.resultCode(), receipt.message(), receipt.svTRID(),
                    renewed.expiresAt());
        } catch (RegistryException e) {
            if (e.outcome().mayHaveBeenApplied() || (e.resultCode() == 2306 && op.attempts > 1)) {
                // A resend refused for its curExpDate means an earlier attempt was applied: info tells.
                journal.unknown(op.id, e.resultCode(), e.getMessage());
                return reconcile(op.id);
            }
            journal.failed(op.id, e);
            recordAudit(op, "domain.renew.refused", Map.of("operation", op.id, "code", e.resultCode()), e.svTRID());
            return new RenewalResult(RenewalResult.Status.REFUSED, op.id, null,
                    "refused by " + e.registryId() + " (" + e.resultCode() + "): " + e.getMessage());
        } catch (RuntimeException e) {
            LOG.errorf("renewal %d (%s) has no recorded answer: %s", op.id, op.clTRID, e.getClass().getName());
            journal.unknown(op.id, 0, "no answer recorded: " + e.getClass().getSimpleName());
            return new RenewalResult(RenewalResult.Status.UNSETTLED, op.id, null,
                    "no answer from the registry; reconciled on the next attempt");
        }
    }

    /** A concurrent request under the same key may be waiting for the registry's answer right now. */
    private boolean inFlight(Operation op) {
        return op.startedAt != null && op.startedAt.plus(registryTimeout).isAfter(Instant.now(clock));
    }

    /** An entry left RUNNING without a 1001 was interrupted (crash): it may have reached the registry. */
    private RenewalResult interrupted(Operation op) {
        journal.unknown(op.id, 0, "interrupted; reconciling before any resend");
        return reconcile(op.id);
    }

    /**
     * Settles an entry of unknown outcome from the registry's expiry: moved past the intent's
     * starting expiry means applied; not moved means not applied, and the entry goes back to the queue.
     */
    public RenewalResult reconcile(long operationId) {
        Operation op = journal.find(operationId).orElseThrow();
        RenewalIntent intent = intentOf(op);
        DomainInfo info = registryOf(op).infoDomain(DomainInfoQuery.of(intent.name())).await().atMost(registryTimeout);
        Optional<Instant> expiry = info.expiresAt();
        if (expiry.isPresent() && LocalDate.ofInstant(expiry.get(), ZoneOffset.UTC).isAfter(intent.currentExpiry())) {
            return complete(op, Optional.empty(), 1000, "reconciled: the registry shows the renewed expiry",
                    op.svTRID, expiry.get());
        }
        journal.requeue(op.id);
        return new RenewalResult(RenewalResult.Status.UNSETTLED, op.id, null,
                "not applied at the registry; requeued for a resend with the same clTRID");
    }

    /** The poll settled a 1001 renewal: done (read back and charged) or refused. */
    public RenewalResult settle(long operationId, int settledCode, String message) {
        Operation op = journal.find(operationId).orElseThrow();
        if (op.state == Operation.State.SUCCEEDED || op.state == Operation.State.FAILED) {
            return new RenewalResult(op.state == Operation.State.SUCCEEDED ? RenewalResult.Status.RENEWED
                    : RenewalResult.Status.REFUSED, op.id, null, "already settled");
        }
        if (settledCode >= 2000) {
            journal.failed(op.id, settledCode, message);
            return new RenewalResult(RenewalResult.Status.REFUSED, op.id, null, message);
        }
        return complete(op, Optional.empty(), settledCode, message, op.svTRID, null);
    }

    /**
     * Records an applied renewal: expiry read back by info (the answer's own date if info fails),
     * the registry fee charged once, the journal entry finished, all in one transaction. {@code op}
     * is the entry as last read (its intent, clTRID and registry do not change).
     */
    private RenewalResult complete(Operation op, Optional<RegistryReceipt> receipt, int code, String message,
                                   String svTRID, Instant answeredExpiry) {
        long operationId = op.id;
        RenewalIntent intent = intentOf(op);
        RegistryAdapter registry = registryOf(op);
        Instant expiry = readBackExpiry(registry, intent.name()).orElse(answeredExpiry);
        Optional<Fee> fee = RegistryFees.renewal(registry.policy(), intent.name(), intent.years(), receipt);
        // Without an svTRID (outcome learnt by info) the charge is keyed by our clTRID: still once per operation.
        String transaction = svTRID != null && !svTRID.isBlank() ? svTRID : "reconciled-" + op.clTRID;
        Instant now = Instant.now(clock);
        QuarkusTransaction.requiringNew().run(() -> {
            Operation entry = Operation.findById(operationId);
            Domain.byName(intent.name()).ifPresent(domain -> {
                if (expiry != null) {
                    domain.expiresAt = expiry;
                }
                domain.updatedAt = now;
            });
            fee.ifPresentOrElse(
                    f -> ledger.recordRegistryCharge(new RegistryCharge(intent.customerId(), intent.name(), operationId,
                            entry.registryId, ChargeKind.REGISTRY_RENEW, f, entry.clTRID, transaction, now)),
                    () -> LOG.warnf("renewal %d of %s: no fee from the registry and no tariff configured",
                            operationId, intent.name()));
            journal.markFinished(entry, Operation.State.SUCCEEDED, code, message, transaction);
            audit.record(entry.principal, "domain.renewed", "domain:" + intent.name(),
                    Map.of("operation", operationId, "years", intent.years(), "from", intent.currentExpiry().toString(),
                            "expiresAt", String.valueOf(expiry)), entry.clTRID, transaction);
        });
        return new RenewalResult(RenewalResult.Status.RENEWED, operationId, expiry, "renewed until " + expiry);
    }

    private Optional<Instant> readBackExpiry(RegistryAdapter registry, String name) {
        try {
            return registry.infoDomain(DomainInfoQuery.of(name)).await().atMost(registryTimeout).expiresAt();
        } catch (RuntimeException e) {
            LOG.warnf("renewal of %s: expiry not read back (%s); keeping the renew answer's", name,
                    e.getClass().getSimpleName());
            return Optional.empty();
        }
    }

    private Instant currentExpiry(String name) {
        return QuarkusTransaction.requiringNew().call(() -> Domain.byName(name).map(d -> d.expiresAt).orElse(null));
    }

    private RegistryAdapter registryOf(Operation op) {
        return router.byId(op.registryId).orElseThrow(() ->
                new IllegalStateException("operation " + op.id + " names unconfigured registry " + op.registryId));
    }

    private void recordAudit(Operation op, String action, Map<String, ?> detail, String svTRID) {
        QuarkusTransaction.requiringNew().run(() -> audit.record(op.principal, action, "domain:" + op.domain, detail,
                op.clTRID, svTRID));
    }

    private RenewalIntent intentOf(Operation op) {
        try {
            return json.readValue(op.intent, RenewalIntent.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("operation " + op.id + " has an unreadable intent", e);
        }
    }

    private String toJson(RenewalIntent intent) {
        try {
            return json.writeValueAsString(intent);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the intent", e);
        }
    }

    private static String hash(String domain, int years, String key) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest((domain + "\n" + years + "\n" + key)
                    .getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
