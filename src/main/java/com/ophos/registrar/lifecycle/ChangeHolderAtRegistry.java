package com.ophos.registrar.lifecycle;

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
import com.ophos.registrar.registry.spi.Fee;
import com.ophos.registrar.registry.spi.HolderChange;
import com.ophos.registrar.registry.spi.HolderChangeCancel;
import com.ophos.registrar.registry.spi.HolderChangeQuery;
import com.ophos.registrar.registry.spi.HolderChangeState;
import com.ophos.registrar.registry.spi.Outcome;
import com.ophos.registrar.registry.spi.RegistryAdapter;
import com.ophos.registrar.registry.spi.RegistryException;
import com.ophos.registrar.registry.spi.RegistryPolicy;
import com.ophos.registrar.registry.spi.RegistryReceipt;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * One domain's holder change where the registry runs it as a procedure (AFNIC trade), journalled as
 * its own entry: sent once with the domain's auth code; a 1001 keeps it pending until the registry's
 * poll message, a query, or a support cancellation settles it; an unknown outcome is reconciled by a
 * query before any resend. R19: the fee the registry charges for it is re-billed at cost, once, with
 * the registry's reference, and only when the change is done.
 */
@ApplicationScoped
public class ChangeHolderAtRegistry {
    private static final Logger LOG = Logger.getLogger(ChangeHolderAtRegistry.class);
    private static final int REGISTRY_PENDING = 1001;

    private final OperationJournal journal;
    private final RegistryRouter router;
    private final SecretBox secrets;
    private final Ledger ledger;
    private final AuditLog audit;
    private final ObjectMapper json;
    private final Clock clock;
    private final Duration registryTimeout;

    public ChangeHolderAtRegistry(OperationJournal journal, RegistryRouter router, SecretBox secrets, Ledger ledger,
                                  AuditLog audit, ObjectMapper json, Clock clock,
                                  @ConfigProperty(name = "registrar.runs.registry-timeout", defaultValue = "PT60S")
                                  Duration registryTimeout) {
        this.journal = journal;
        this.router = router;
        this.secrets = secrets;
        this.ledger = ledger;
        this.audit = audit;
        this.json = json;
        this.clock = clock;
        this.registryTimeout = registryTimeout;
    }

    /** The entry for this domain within the contact change, opened (and journalled) before anything is sent. */
    public Operation open(Operation contactChange, String registryId, String domain, long contactId,
                          String newHolder) {
        return journal.open(Operation.Kind.DOMAIN_HOLDER_CHANGE, contactChange.principal,
                keyOf(contactChange, domain), contactChange.requestHash, contactChange.customerId, domain,
                registryId, toJson(new HolderChangeIntent(contactChange.id, contactId, newHolder))).operation();
    }

    /** The entry already opened for this domain within the contact change, if any. */
    public Optional<Operation> find(Operation contactChange, String domain) {
        return QuarkusTransaction.requiringNew().call(() ->
                Operation.byIdempotencyKey(contactChange.principal, keyOf(contactChange, domain)));
    }

    /** One attempt for the entry: sent if never sent, reconciled if unknown; finished or pending ones stay. */
    public void advance(long operationId) {
        Operation op = journal.find(operationId).orElseThrow();
        switch (op.state) {
            case PENDING -> send(op.id);
            case UNKNOWN -> reconcile(op.id);
            case RUNNING -> {
                if (op.resultCode == null || op.resultCode != REGISTRY_PENDING) {
                    // Left running by a crash: it may have reached the registry.
                    journal.unknown(op.id, 0, "interrupted; reconciling by query before any resend");
                    reconcile(op.id);
                }
            }
            case SUCCEEDED, FAILED -> {
            }
        }
    }

    private void send(long operationId) {
        Optional<Operation> claimed = journal.claim(operationId);
        if (claimed.isEmpty()) {
            return;
        }
        Operation op = claimed.get();
        HolderChangeIntent intent = intentOf(op);
        try {
            RegistryReceipt receipt = registryOf(op).changeHolder(new HolderChange(op.domain, intent.newHolder(), false,
                    Optional.of(authInfoOf(op.domain)), op.clTRID)).await().atMost(registryTimeout);
            if (receipt.pending()) {
                journal.awaitingRegistry(op.id, receipt.resultCode(), receipt.message(), receipt.svTRID());
                return;
            }
            complete(op.id, receipt.fee(), receipt.resultCode(), receipt.message(), receipt.svTRID());
        } catch (RegistryException e) {
            if (e.outcome().mayHaveBeenApplied()) {
                journal.unknown(op.id, e.resultCode(), e.getMessage());
            } else if (e.outcome() == Outcome.UNAVAILABLE) {
                journal.requeue(op.id);
            } else {
                journal.failed(op.id, e);
            }
        } catch (RuntimeException e) {
            LOG.errorf("holder change %d (%s) has no recorded answer: %s", op.id, op.clTRID, e.getClass().getName());
            journal.unknown(op.id, 0, "no answer recorded: " + e.getClass().getSimpleName());
        }
    }

    /**
     * Asks the registry where the holder change stands. Ours pending: it stays pending; ours done: it is
     * recorded (and charged); nothing of ours there: it was never applied and is sent again.
     */
    public void reconcile(long operationId) {
        Operation op = journal.find(operationId).orElseThrow();
        String newHolder = intentOf(op).newHolder();
        HolderChangeState state;
        try {
            state = registryOf(op).queryHolderChange(new HolderChangeQuery(op.domain)).await().atMost(registryTimeout);
        } catch (RegistryException e) {
            if (e.outcome() != Outcome.OBJECT_DOES_NOT_EXIST) {
                throw e;
            }
            journal.requeue(op.id);
            send(op.id);
            return;
        }
        boolean ours = state.newHolder().filter(newHolder::equals).isPresent();
        if (ours && state.status() == HolderChangeState.Status.PENDING) {
            journal.awaitingRegistry(op.id, REGISTRY_PENDING, "pending at the registry (query)", op.svTRID);
        } else if (ours && state.status() == HolderChangeState.Status.COMPLETED) {
            complete(op.id, Optional.empty(), 1000, "completed (query)", op.svTRID);
        } else if (ours && op.state == Operation.State.RUNNING) {
            journal.failed(op.id, 2308, "holder change " + state.status().name().toLowerCase() + " at the registry");
        } else {
            journal.requeue(op.id);
            send(op.id);
        }
    }

    /** The registry's poll message decided a pending holder change. */
    public void settle(long operationId, int settledCode, String message) {
        Operation op = journal.find(operationId).orElseThrow();
        if (op.state == Operation.State.SUCCEEDED || op.state == Operation.State.FAILED) {
            return;
        }
        if (settledCode >= 2000) {
            journal.failed(op.id, settledCode, message);
            return;
        }
        complete(op.id, Optional.empty(), settledCode, message, op.svTRID);
    }

    /**
     * The latest holder change of a domain; one still waiting for the registry is first asked about
     * (a query settles it as a poll message would).
     */
    public Operation refresh(String domain) {
        Operation op = QuarkusTransaction.requiringNew().call(() -> Operation.<Operation>find(
                "kind = ?1 and domain = ?2 order by id desc", Operation.Kind.DOMAIN_HOLDER_CHANGE, domain)
                .firstResultOptional()).orElseThrow(() ->
                new NotFoundProblem("no holder change of " + domain + " was requested through the gateway"));
        if (op.state == Operation.State.RUNNING && op.resultCode != null && op.resultCode == REGISTRY_PENDING) {
            reconcile(op.id);
        }
        return journal.find(op.id).orElseThrow();
    }

    /** Support withdraws the pending holder change of a domain (AFNIC trade cancel). */
    public Operation cancel(String domain, String actor) {
        Operation op = QuarkusTransaction.requiringNew().call(() -> Operation.<Operation>find(
                "kind = ?1 and domain = ?2 and state = ?3 and resultCode = ?4 order by id desc",
                Operation.Kind.DOMAIN_HOLDER_CHANGE, domain, Operation.State.RUNNING, REGISTRY_PENDING)
                .firstResultOptional()).orElseThrow(() ->
                new NotFoundProblem("no holder change of " + domain + " is pending at its registry"));
        HolderChangeState cancelled = registryOf(op).cancelHolderChange(new HolderChangeCancel(domain,
                op.clTRID + "-X")).await().atMost(registryTimeout);
        journal.failed(op.id, 2308, "cancelled by " + actor + " (" + cancelled.status().name().toLowerCase() + ")");
        QuarkusTransaction.requiringNew().run(() -> audit.record(actor, "domain.holder-change.cancelled",
                "domain:" + domain, Map.of("operation", op.id), op.clTRID, cancelled.receipt().svTRID()));
        return journal.find(op.id).orElseThrow();
    }

    /** Done at the registry: recorded and, per R19, its fee charged at cost once, in one transaction. */
    private void complete(long operationId, Optional<Fee> reported, int code, String message, String svTRID) {
        Operation op = journal.find(operationId).orElseThrow();
        RegistryAdapter registry = registryOf(op);
        Optional<Fee> fee = reported.or(() -> tariff(registry.policy(), op.domain));
        // Without an svTRID (outcome learnt by query) the charge is keyed by our clTRID: still once per operation.
        String transaction = svTRID != null && !svTRID.isBlank() ? svTRID : "reconciled-" + op.clTRID;
        Instant now = Instant.now(clock);
        QuarkusTransaction.requiringNew().run(() -> {
            Operation entry = Operation.findById(operationId);
            if (entry.state == Operation.State.SUCCEEDED) {
                return;
            }
            fee.ifPresentOrElse(f -> ledger.recordRegistryCharge(new RegistryCharge(entry.customerId, entry.domain,
                            operationId, entry.registryId, ChargeKind.REGISTRY_HOLDER_CHANGE, f, entry.clTRID,
                            transaction, now)),
                    () -> LOG.warnf("holder change %d of %s: no fee from the registry and no tariff configured (R19)",
                            operationId, entry.domain));
            journal.markFinished(entry, Operation.State.SUCCEEDED, code, message, transaction);
            audit.record(entry.principal, "domain.holder-changed", "domain:" + entry.domain,
                    Map.of("operation", operationId, "newHolder", intentOf(entry).newHolder()), entry.clTRID,
                    transaction);
        });
    }

    private static Optional<Fee> tariff(RegistryPolicy policy, String domain) {
        return policy.tlds().stream().filter(tld -> domain.endsWith("." + tld))
                .max(java.util.Comparator.comparingInt(String::length))
                .flatMap(policy::tariff).flatMap(RegistryPolicy.Tariff::holderChange);
    }

    private String authInfoOf(String domain) {
        String sealed = QuarkusTransaction.requiringNew().call(() -> Domain.byName(domain)
                .map(d -> d.authInfoEncrypted).orElseThrow(() -> new IllegalStateException("no domain " + domain)));
        return secrets.open(sealed);
    }

    private static String keyOf(Operation contactChange, String domain) {
        return contactChange.idempotencyKey + "#holder:" + domain;
    }

    private RegistryAdapter registryOf(Operation op) {
        return router.byId(op.registryId).orElseThrow(() ->
                new IllegalStateException("operation " + op.id + " names unconfigured registry " + op.registryId));
    }

    public HolderChangeIntent intentOf(Operation op) {
        try {
            return json.readValue(op.intent, HolderChangeIntent.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("operation " + op.id + " has an unreadable intent", e);
        }
    }

    private String toJson(HolderChangeIntent intent) {
        try {
            return json.writeValueAsString(intent);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the intent", e);
        }
    }
}
