package com.ophos.registrar.lifecycle;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.ophos.registrar.billing.ledger.ChargeKind;
import com.ophos.registrar.billing.ledger.Ledger;
import com.ophos.registrar.billing.ledger.RegistryCharge;
import com.ophos.registrar.common.audit.AuditLog;
import com.ophos.registrar.common.crypto.SecretBox;
import com.ophos.registrar.lifecycle.journal.OperationJournal;
import com.ophos.registrar.lifecycle.model.Domain;
import com.ophos.registrar.lifecycle.model.Operation;
import com.ophos.registrar.registry.RegistryRouter;
import com.ophos.registrar.registry.spi.DomainAvailability;
import com.ophos.registrar.registry.spi.DomainCheck;
import com.ophos.registrar.registry.spi.DomainContacts;
import com.ophos.registrar.registry.spi.DomainCreate;
import com.ophos.registrar.registry.spi.DomainCreated;
import com.ophos.registrar.registry.spi.DomainInfo;
import com.ophos.registrar.registry.spi.DomainInfoQuery;
import com.ophos.registrar.registry.spi.Fee;
import com.ophos.registrar.registry.spi.Outcome;
import com.ophos.registrar.registry.spi.PriceSource;
import com.ophos.registrar.registry.spi.RegistryAdapter;
import com.ophos.registrar.registry.spi.RegistryException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Sends a journalled domain create to its registry and records the answer: contacts created at the
 * registry as needed, the fee the registry quoted echoed so a price change fails the command, the
 * domain row written from the registry's answer (its expiry date, not ours).
 */
@ApplicationScoped
public class ExecuteDomainCreate {
    private static final Logger LOG = Logger.getLogger(ExecuteDomainCreate.class);

    private final OperationJournal journal;
    private final RegistryRouter router;
    private final RegistryContacts contacts;
    private final SecretBox secrets;
    private final AuditLog audit;
    private final ObjectMapper json;
    private final Clock clock;
    private final Duration registryTimeout;
    private final Ledger ledger;

    public ExecuteDomainCreate(OperationJournal journal, RegistryRouter router, RegistryContacts contacts,
                               SecretBox secrets, AuditLog audit, ObjectMapper json, Clock clock, Ledger ledger,
                               @ConfigProperty(name = "registrar.api.registry-timeout", defaultValue = "PT60S")
                               Duration registryTimeout) {
        this.journal = journal;
        this.router = router;
        this.contacts = contacts;
        this.secrets = secrets;
        this.audit = audit;
        this.json = json;
        this.clock = clock;
        this.registryTimeout = registryTimeout;
        this.ledger = ledger;
    }

    /** Runs the entry if it is still pending; an entry another worker claimed is left alone. */
    public void run(long operationId) {
        Optional<Operation> claimed = journal.claim(operationId);
        if (claimed.isEmpty()) {
            return;
        }
        Operation op = claimed.get();
        DomainCreateIntent intent = intentOf(op);
        RegistryAdapter registry = router.byId(op.registryId).orElseThrow(() ->
                new IllegalStateException("operation " + operationId + " names unconfigured registry " + op.registryId));
        boolean sent = false;
        try {
            DomainContacts handles = registryContacts(registry, intent, op.clTRID);
            Optional<Fee> expectedFee = quotedCreateFee(registry, intent);
            sent = true;
            DomainCreated created = registry.createDomain(new DomainCreate(intent.name(), intent.years(), handles,
                    intent.nameservers(), List.of(), secrets.open(intent.authInfoSealed()), expectedFee, op.clTRID))
                    .await().atMost(registryTimeout);
            if (created.receipt().pending()) {
                journal.awaitingRegistry(op.id, created.receipt().resultCode(), created.receipt().message(),
                        created.receipt().svTRID());
                return;
            }
            recordCreated(op.id, intent, registry, created.receipt().fee().or(() -> expectedFee), created.expiresAt(),
                    created.createdAt(), statusesAt(registry, intent.name()), created.receipt().resultCode(),
                    created.receipt().message(), created.receipt().svTRID());
        } catch (RegistryException e) {
            if (e.outcome().mayHaveBeenApplied()) {
                journal.unknown(op.id, e.resultCode(), e.getMessage());
            } else if (e.outcome() == Outcome.UNAVAILABLE) {
                // Nothing was sent (registry down, circuit open, sessions busy): the accepted order waits.
                journal.requeue(op.id);
            } else {
                journal.failed(op.id, e);
                audit(op, "domain.create.refused", e.resultCode(), e.svTRID());
            }
        } catch (RuntimeException e) {
            // A failure after the command may have left: only an info query can tell what happened.
            LOG.errorf("operation %d (%s) failed locally: %s", op.id, op.clTRID, e.getClass().getName());
            if (sent) {
                journal.unknown(op.id, 0, "no answer recorded: " + e.getClass().getSimpleName());
            } else {
                journal.failed(op.id, 0, "not sent: internal error before the domain create");
            }
        }
    }

    /**
     * After an unknown outcome: the name sponsored by us means our create was applied; absent means
     * it was not and the entry goes back to the queue (same clTRID); sponsored by another registrar
     * means it is lost.
     */
    public void reconcile(long operationId) {
        Operation op = journal.find(operationId).orElseThrow();
        if (op.state != Operation.State.UNKNOWN) {
            return;
        }
        DomainCreateIntent intent = intentOf(op);
        RegistryAdapter registry = router.byId(op.registryId).orElseThrow();
        try {
            DomainInfo info = registry.infoDomain(DomainInfoQuery.of(intent.name())).await().atMost(registryTimeout);
            if (info.ours()) {
                recordCreated(op.id, intent, registry, Optional.empty(), info.expiresAt().orElse(null),
                        info.createdAt(), info.statuses(), 1000,
                        "reconciled: the registry shows the name sponsored by us", op.svTRID);
            } else {
                journal.failed(op.id, 2302, "the name is registered by another registrar");
                audit(op, "domain.create.lost", 2302, null);
            }
        } catch (RegistryException e) {
            if (e.outcome() == Outcome.OBJECT_DOES_NOT_EXIST) {
                journal.requeue(op.id);
            } else {
                throw e;
            }
        }
    }

    private DomainContacts registryContacts(RegistryAdapter registry, DomainCreateIntent intent, String clTRID) {
        String holder = contacts.handleAt(registry, intent.holder(), clTRID + "-H", registryTimeout);
        String admin = intent.admin() == null ? null
                : contacts.handleAt(registry, intent.admin(), clTRID + "-A", registryTimeout);
        List<String> tech = new ArrayList<>();
        for (int i = 0; i < intent.tech().size(); i++) {
            tech.add(contacts.handleAt(registry, intent.tech().get(i), clTRID + "-T" + i, registryTimeout));
        }
        return new DomainContacts(holder, admin, tech);
    }

    /** Only a fee the registry itself quoted is echoed; a configured tariff is ours, not theirs. */
    private Optional<Fee> quotedCreateFee(RegistryAdapter registry, DomainCreateIntent intent) {
        if (!registry.policy().feeExtension()) {
            return Optional.empty();
        }
        List<DomainAvailability> answers = registry.checkDomains(new DomainCheck(List.of(intent.name()), true))
                .await().atMost(registryTimeout);
        return answers.stream().findFirst()
                .flatMap(DomainAvailability::quote)
                .filter(q -> q.source() == PriceSource.REGISTRY_FEE_EXTENSION)
                .flatMap(q -> q.createPerYear())
                .map(perYear -> new Fee(perYear.amount().multiply(BigDecimal.valueOf(intent.years())), perYear.currency()));
    }

    /**
     * Passes the registry's fee through to the customer's ledger, once per operation: the fee the
     * registry reported, else the one it quoted, else its configured tariff. The ledger commits it on
     * its own, so it is there before the entry can be finished; a second call for the same operation
     * (after a crash before the finish) finds it and charges nothing more.
     */
    private void charge(Operation op, DomainCreateIntent intent, RegistryAdapter registry, Optional<Fee> reported,
                        String svTRID) {
        Optional<Fee> fee = RegistryFees.creation(registry.policy(), intent.name(), intent.years(), reported);
        if (fee.isEmpty()) {
            LOG.warnf("operation %d: registry %s reported no fee and has no tariff for %s; nothing charged",
                    op.id, op.registryId, intent.name());
            return;
        }
        // Without the registry's svTRID (outcome learnt by info) the clTRID names the transaction.
        String transaction = svTRID != null && !svTRID.isBlank() ? svTRID : "reconciled:" + op.clTRID;
        ledger.recordRegistryCharge(new RegistryCharge(intent.customerId(), intent.name(), op.id, op.registryId,
                ChargeKind.REGISTRY_CREATE, fee.get(), op.clTRID, transaction, Instant.now(clock)));
    }

    private Set<String> statusesAt(RegistryAdapter registry, String name) {
        try {
            return registry.infoDomain(DomainInfoQuery.of(name)).await().atMost(registryTimeout).statuses();
        } catch (RuntimeException e) {
            LOG.warnf("statuses of %s not read after create: %s", name, e.getClass().getSimpleName());
            return Set.of();
        }
    }

    /**
     * The domain row, the charge and the finished entry together: the charge is committed before the
     * entry leaves RUNNING/UNKNOWN, so a crash in between leaves an entry that resume or the settle
     * run reconciles again, never a finished create without its charge.
     */
    private void recordCreated(long operationId, DomainCreateIntent intent, RegistryAdapter registry,
                               Optional<Fee> reportedFee, Instant expiresAt, Instant createdAt, Set<String> statuses,
                               int code, String message, String svTRID) {
        QuarkusTransaction.requiringNew().run(() -> {
            Operation op = Operation.findById(operationId);
            if (op.state == Operation.State.SUCCEEDED) {
                return;
            }
            Instant now = Instant.now(clock);
            Domain domain = new Domain();
            domain.name = intent.name();
            domain.unicodeName = intent.unicodeName();
            domain.registryId = op.registryId;
            domain.customerId = intent.customerId();
            domain.contractId = intent.contractId();
            domain.holderContactId = intent.holder();
            domain.adminContactId = intent.admin();
            domain.techContactIds = new ArrayList<>(intent.tech());
            domain.nameservers = new ArrayList<>(intent.nameservers());
            domain.statuses = new java.util.TreeSet<>(statuses);
            domain.authInfoEncrypted = intent.authInfoSealed();
            domain.operationId = op.id;
            domain.createdAt = createdAt == null ? now : createdAt;
            domain.expiresAt = expiresAt;
            domain.updatedAt = now;
            domain.persist();
            charge(op, intent, registry, reportedFee, svTRID);
            journal.markFinished(op, Operation.State.SUCCEEDED, code, message, svTRID);
            audit.record(op.principal, "domain.created", "domain:" + intent.name(),
                    Map.of("operation", op.id, "registry", op.registryId, "years", intent.years()), op.clTRID, svTRID);
        });
    }

    private void audit(Operation op, String action, int code, String svTRID) {
        QuarkusTransaction.requiringNew().run(() -> audit.record(op.principal, action, "domain:" + op.domain,
                Map.of("operation", op.id, "code", code), op.clTRID, svTRID));
    }

    private DomainCreateIntent intentOf(Operation op) {
        try {
            return json.readValue(op.intent, DomainCreateIntent.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("operation " + op.id + " has an unreadable intent", e);
        }
    }
}
