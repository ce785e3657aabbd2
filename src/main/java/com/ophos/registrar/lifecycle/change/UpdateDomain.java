package com.ophos.registrar.lifecycle.change;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.ophos.registrar.common.NotFoundProblem;
import com.ophos.registrar.common.audit.AuditLog;
import com.ophos.registrar.common.crypto.SecretBox;
import com.ophos.registrar.lifecycle.journal.OperationJournal;
import com.ophos.registrar.lifecycle.model.Domain;
import com.ophos.registrar.lifecycle.model.Operation;
import com.ophos.registrar.registry.RegistryRouter;
import com.ophos.registrar.registry.spi.DomainInfo;
import com.ophos.registrar.registry.spi.DomainInfoQuery;
import com.ophos.registrar.registry.spi.DomainUpdate;
import com.ophos.registrar.registry.spi.DsData;
import com.ophos.registrar.registry.spi.Outcome;
import com.ophos.registrar.registry.spi.RegistryAdapter;
import com.ophos.registrar.registry.spi.RegistryException;
import com.ophos.registrar.registry.spi.RegistryReceipt;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Sends a journalled domain:update (PATCH domain, a new auth code) exactly once in effect. The entry
 * and its clTRID are committed first. After an unknown outcome an info query decides: the desired
 * nameservers, statuses and DS records are there = done; not there = requeued and resent with the
 * same clTRID. An update that only sets a transfer secret shows nothing in info, and setting the same
 * secret again has the same single effect, so such an entry is resent without an info query.
 */
@ApplicationScoped
public class UpdateDomain {
    private static final Logger LOG = Logger.getLogger(UpdateDomain.class);

    private final OperationJournal journal;
    private final RegistryRouter router;
    private final SecretBox secrets;
    private final AuditLog audit;
    private final ObjectMapper json;
    private final Clock clock;
    private final Duration registryTimeout;

    public UpdateDomain(OperationJournal journal, RegistryRouter router, SecretBox secrets, AuditLog audit,
                        ObjectMapper json, Clock clock,
                        @ConfigProperty(name = "registrar.runs.registry-timeout", defaultValue = "PT60S")
                        Duration registryTimeout) {
        this.journal = journal;
        this.router = router;
        this.secrets = secrets;
        this.audit = audit;
        this.json = json;
        this.clock = clock;
        this.registryTimeout = registryTimeout;
    }

    /** Opens the entry (or finds the one this key opened) and drives it one attempt further. */
    public ChangeResult run(Operation.Kind kind, String principal, String idempotencyKey, String requestHash,
                            String registryId, DomainChangeIntent intent) {
        Operation op = journal.open(kind, principal, idempotencyKey, requestHash, intent.customerId(), intent.name(),
                registryId, toJson(intent)).operation();
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
        DomainChangeIntent intent = intentOf(op);
        if (!intent.observable() && intent.authInfoSealed() == null) {
            // EPP has no empty domain:update: a request the registry already satisfies is done as it is.
            return complete(op.id, 1000, "nothing to change: the registry already shows this state", null);
        }
        try {
            RegistryReceipt receipt = registryOf(op).updateDomain(new DomainUpdate(intent.name(),
                    intent.addNameservers(), intent.glue(), intent.removeNameservers(), intent.addStatuses(), intent.removeStatuses(),
                    intent.addDs(), intent.removeDs(), Optional.ofNullable(intent.authInfoSealed()).map(secrets::open),
                    op.clTRID)).await().atMost(registryTimeout);
            if (receipt.pending()) {
                journal.awaitingRegistry(op.id, receipt.resultCode(), receipt.message(), receipt.svTRID());
                return new ChangeResult(ChangeResult.Status.PENDING, op.id, "pending at the registry (1001)");
            }
            return complete(op.id, receipt.resultCode(), receipt.message(), receipt.svTRID());
        } catch (RegistryException e) {
            if (e.outcome().mayHaveBeenApplied()) {
                journal.unknown(op.id, e.resultCode(), e.getMessage());
                return reconcile(op.id);
            }
            journal.failed(op.id, e);
            QuarkusTransaction.requiringNew().run(() -> audit.record(op.principal, auditAction(op) + ".refused",
                    "domain:" + op.domain, Map.of("operation", op.id, "code", e.resultCode()), op.clTRID, e.svTRID()));
            return new ChangeResult(ChangeResult.Status.REFUSED, op.id,
                    "refused by " + e.registryId() + " (" + e.resultCode() + "): " + e.getMessage());
        } catch (RuntimeException e) {
            LOG.errorf("update %d (%s) has no recorded answer: %s", op.id, op.clTRID, e.getClass().getName());
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
        DomainChangeIntent intent = intentOf(op);
        if (intent.observable()) {
            DomainInfo info = registryOf(op).infoDomain(DomainInfoQuery.of(intent.name())).await()
                    .atMost(registryTimeout);
            if (reached(info, intent)) {
                return complete(op.id, 1000, "reconciled: the registry shows the change", op.svTRID);
            }
        }
        journal.requeue(op.id);
        return new ChangeResult(ChangeResult.Status.UNSETTLED, op.id,
                intent.observable() ? "not applied at the registry; requeued" : "secret set again with the same clTRID");
    }

    /** The poll settled a 1001 update. */
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
        return complete(op.id, settledCode, message, op.svTRID);
    }

    static boolean reached(DomainInfo info, DomainChangeIntent intent) {
        List<String> hosts = info.nameservers().stream().map(h -> h.toLowerCase(Locale.ROOT)).toList();
        List<DsData> ds = DsRecords.normal(info.dsData());
        return hosts.containsAll(intent.addNameservers())
                && intent.removeNameservers().stream().noneMatch(hosts::contains)
                && info.statuses().containsAll(intent.addStatuses())
                && intent.removeStatuses().stream().noneMatch(info.statuses()::contains)
                && ds.containsAll(intent.addDs())
                && intent.removeDs().stream().noneMatch(ds::contains);
    }

    /** The local copy follows the registry: nameservers, client statuses and the sealed secret. */
    private ChangeResult complete(long operationId, int code, String message, String svTRID) {
        Instant now = Instant.now(clock);
        QuarkusTransaction.requiringNew().run(() -> {
            Operation op = Operation.findById(operationId);
            DomainChangeIntent intent = intentOf(op);
            Domain.byName(intent.name()).ifPresent(domain -> {
                List<String> hosts = new ArrayList<>(domain.nameservers);
                hosts.removeAll(intent.removeNameservers());
                intent.addNameservers().stream().filter(h -> !hosts.contains(h)).forEach(hosts::add);
                domain.nameservers.clear();
                domain.nameservers.addAll(hosts);
                domain.statuses.removeAll(intent.removeStatuses());
                domain.statuses.addAll(intent.addStatuses());
                if (intent.authInfoSealed() != null) {
                    domain.authInfoEncrypted = intent.authInfoSealed();
                }
                domain.updatedAt = now;
            });
            journal.markFinished(op, Operation.State.SUCCEEDED, code, message, svTRID);
            audit.record(op.principal, auditAction(op), "domain:" + op.domain, detail(op.id, intent), op.clTRID,
                    svTRID);
        });
        return new ChangeResult(ChangeResult.Status.DONE, operationId, message);
    }

    /** What changed, for the audit trail; a new secret is recorded as set, never shown. */
    private static Map<String, Object> detail(long operationId, DomainChangeIntent intent) {
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("operation", operationId);
        putIfAny(detail, "nameserversAdded", intent.addNameservers());
        putIfAny(detail, "nameserversRemoved", intent.removeNameservers());
        putIfAny(detail, "statusesAdded", List.copyOf(intent.addStatuses()));
        putIfAny(detail, "statusesRemoved", List.copyOf(intent.removeStatuses()));
        putIfAny(detail, "dsAdded", intent.addDs().stream().map(DsData::keyTag).toList());
        putIfAny(detail, "dsRemoved", intent.removeDs().stream().map(DsData::keyTag).toList());
        if (intent.authInfoSealed() != null) {
            detail.put("authCode", "set");
        }
        return detail;
    }

    private static void putIfAny(Map<String, Object> detail, String key, List<?> values) {
        if (!values.isEmpty()) {
            detail.put(key, values);
        }
    }

    private static String auditAction(Operation op) {
        return op.kind == Operation.Kind.DOMAIN_AUTH_CODE ? "domain.auth-code" : "domain.updated";
    }

    private RegistryAdapter registryOf(Operation op) {
        return router.byId(op.registryId).orElseThrow(() ->
                new IllegalStateException("operation " + op.id + " names unconfigured registry " + op.registryId));
    }

    private DomainChangeIntent intentOf(Operation op) {
        try {
            return json.readValue(op.intent, DomainChangeIntent.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("operation " + op.id + " has an unreadable intent", e);
        }
    }

    private String toJson(DomainChangeIntent intent) {
        try {
            return json.writeValueAsString(intent);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the intent", e);
        }
    }
}
