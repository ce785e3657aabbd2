package com.ophos.registrar.lifecycle;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.ophos.registrar.common.audit.AuditLog;
import com.ophos.registrar.lifecycle.journal.OperationJournal;
import com.ophos.registrar.lifecycle.model.Contact;
import com.ophos.registrar.lifecycle.model.Operation;
import com.ophos.registrar.registry.RegistryRouter;
import com.ophos.registrar.registry.spi.ContactCreate;
import com.ophos.registrar.registry.spi.ContactData;
import com.ophos.registrar.registry.spi.ContactUpdate;
import com.ophos.registrar.registry.spi.Outcome;
import com.ophos.registrar.registry.spi.RegistryAdapter;
import com.ophos.registrar.registry.spi.RegistryException;
import com.ophos.registrar.registry.spi.RegistryReceipt;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Sends a journalled contact change to every registry holding a copy of the contact (contact:update,
 * with AFNIC's legal-entity data), then records it on our side. Each registry command carries a
 * clTRID derived from the entry's. After an unknown outcome (no answer, a crash, a 1001 nobody will
 * settle), the next attempt asks each registry first (contact:info) and sends only where the registry
 * does not hold the new data yet; a registry that refuses ends the change, our record unchanged.
 *
 * <p>Where the holder's identity changes at a registry that calls that a holder change (AFNIC), its
 * copy is not rewritten: a new contact with the new identity is created there and each domain the
 * contact holds moves to it by the registry's procedure ({@link ChangeHolderAtRegistry}, one journal
 * entry per domain). The change completes when every one of them is done; one refused or cancelled
 * fails it.
 */
@ApplicationScoped
public class PropagateContactChange {
    private static final Logger LOG = Logger.getLogger(PropagateContactChange.class);
    private static final int MAX_CLTRID = 64;
    private static final int REGISTRY_PENDING = 1001;

    private final SecureRandom random = new SecureRandom();

    private final OperationJournal journal;
    private final ChangeHolderAtRegistry holderChange;
    private final RegistryRouter router;
    private final AuditLog audit;
    private final ObjectMapper json;
    private final Duration registryTimeout;

    public PropagateContactChange(OperationJournal journal, ChangeHolderAtRegistry holderChange, RegistryRouter router,
                                  AuditLog audit, ObjectMapper json,
                                  @ConfigProperty(name = "registrar.runs.registry-timeout", defaultValue = "PT60S")
                                  Duration registryTimeout) {
        this.journal = journal;
        this.holderChange = holderChange;
        this.router = router;
        this.audit = audit;
        this.json = json;
        this.registryTimeout = registryTimeout;
    }

    /** One attempt: a never-sent entry is sent, an unknown one reconciled, a finished one reported. */
    public ContactChangeResult run(long operationId) {
        Operation op = journal.find(operationId).orElseThrow();
        return switch (op.state) {
            case SUCCEEDED -> new ContactChangeResult(ContactChangeResult.Status.UPDATED, op.id, op.resultMessage);
            case FAILED -> new ContactChangeResult(ContactChangeResult.Status.REFUSED, op.id, op.resultMessage);
            case UNKNOWN -> reconcile(op.id);
            case PENDING -> attempt(op.id, false);
            case RUNNING -> op.resultCode != null && op.resultCode == REGISTRY_PENDING
                    ? new ContactChangeResult(ContactChangeResult.Status.PENDING, op.id, op.resultMessage)
                    : new ContactChangeResult(ContactChangeResult.Status.UNSETTLED, op.id, "being sent by another worker");
        };
    }

    /** Settles an entry of unknown outcome: each registry is asked before anything is resent. */
    public ContactChangeResult reconcile(long operationId) {
        journal.requeue(operationId);
        return attempt(operationId, true);
    }

    private ContactChangeResult attempt(long operationId, boolean askFirst) {
        Optional<Operation> claimed = journal.claim(operationId);
        if (claimed.isEmpty()) {
            return new ContactChangeResult(ContactChangeResult.Status.UNSETTLED, operationId,
                    "operation " + operationId + " is being sent by another worker");
        }
        Operation op = claimed.get();
        ContactChangeIntent intent = intentOf(op);
        ContactData data = intent.details().toRegistryData();
        String lastSvTRID = null;
        for (Map.Entry<String, String> copy : intent.registryHandles().entrySet()) {
            String registryId = copy.getKey();
            if (intent.holderChanges().containsKey(registryId)) {
                continue;
            }
            String handle = copy.getValue();
            RegistryAdapter registry = router.byId(registryId).orElseThrow(() -> new IllegalStateException(
                    "contact " + intent.contactId() + " has a handle at unconfigured registry " + registryId));
            try {
                if (askFirst && holds(registry, handle, data)) {
                    continue;
                }
                RegistryReceipt receipt = registry.updateContact(new ContactUpdate(handle, data,
                        stepTrid(op.clTRID, registryId))).await().atMost(registryTimeout);
                if (receipt.pending()) {
                    // Nobody settles a pending contact:update by poll: contact:info tells on the next attempt.
                    return unsettled(op, receipt.resultCode(), registryId + " answered 1001; reconciling by info");
                }
                lastSvTRID = receipt.svTRID();
            } catch (RegistryException e) {
                if (e.outcome().mayHaveBeenApplied()) {
                    return unsettled(op, e.resultCode(), registryId + ": no answer; reconciling by info");
                }
                if (e.outcome() == Outcome.UNAVAILABLE || e.outcome() == Outcome.SESSION_ENDED) {
                    // Not applied, but whether earlier registries of this change were is known only by asking.
                    return unsettled(op, e.resultCode(), registryId + " did not apply it (" + e.outcome() + ")");
                }
                return refused(op, registryId, e);
            } catch (RuntimeException e) {
                LOG.errorf("contact change %d (%s) at %s has no recorded answer: %s", op.id, op.clTRID, registryId,
                        e.getClass().getName());
                return unsettled(op, 0, registryId + ": no answer recorded (" + e.getClass().getSimpleName() + ")");
            }
        }
        for (Map.Entry<String, List<String>> trades : intent.holderChanges().entrySet()) {
            Optional<ContactChangeResult> stopped = startHolderChanges(op, intent, trades.getKey(), trades.getValue());
            if (stopped.isPresent()) {
                return stopped.get();
            }
        }
        return afterHolderChanges(op.id, lastSvTRID);
    }

    /**
     * The registry's copy with the new identity (created once: later attempts find it in the entries
     * already opened), then one holder-change entry per domain, each advanced one step.
     */
    private Optional<ContactChangeResult> startHolderChanges(Operation op, ContactChangeIntent intent,
                                                             String registryId, List<String> domains) {
        RegistryAdapter registry = router.byId(registryId).orElseThrow();
        Optional<String> known = domains.stream().map(domain -> holderChange.find(op, domain))
                .flatMap(Optional::stream).findFirst().map(entry -> holderChange.intentOf(entry).newHolder());
        String newHolder;
        if (known.isPresent()) {
            newHolder = known.get();
        } else {
            try {
                newHolder = registry.createContact(new ContactCreate("OPHC" + op.id, intent.details().toRegistryData(),
                        newAuthInfo(), stepTrid(op.clTRID, registryId + "-new"))).await().atMost(registryTimeout)
                        .handle();
            } catch (RegistryException e) {
                if (e.outcome() == Outcome.UNKNOWN || e.outcome() == Outcome.UNAVAILABLE) {
                    return Optional.of(unsettled(op, e.resultCode(), registryId + ": new holder contact not confirmed"));
                }
                return Optional.of(refused(op, registryId, e));
            }
        }
        for (String domain : domains) {
            Operation entry = holderChange.find(op, domain)
                    .orElseGet(() -> holderChange.open(op, registryId, domain, intent.contactId(), newHolder));
            holderChange.advance(entry.id);
        }
        return Optional.empty();
    }

    /**
     * Where the contact change stands once its holder changes moved: all done, it completes (the
     * registries' new copies become our handles); one refused or cancelled, it fails; some waiting for
     * the registry, it waits too (settled by their poll messages); some unknown, it is retried.
     */
    public ContactChangeResult afterHolderChanges(long operationId, String svTRID) {
        Operation op = journal.find(operationId).orElseThrow();
        ContactChangeIntent intent = intentOf(op);
        Map<String, String> newHandles = new TreeMap<>();
        boolean waiting = false;
        for (Map.Entry<String, List<String>> trades : intent.holderChanges().entrySet()) {
            for (String domain : trades.getValue()) {
                Optional<Operation> entry = holderChange.find(op, domain);
                if (entry.isEmpty()) {
                    return unsettled(op, 0, "holder change of " + domain + " not opened yet");
                }
                Operation child = entry.get();
                switch (child.state) {
                    case FAILED -> {
                        return refused(op, trades.getKey(), "holder change of " + domain + " (operation " + child.id
                                + ") failed: " + child.resultMessage, child.resultCode == null ? 0 : child.resultCode);
                    }
                    case SUCCEEDED -> newHandles.put(trades.getKey(), holderChange.intentOf(child).newHolder());
                    case RUNNING -> {
                        if (child.resultCode == null || child.resultCode != REGISTRY_PENDING) {
                            return unsettled(op, 0, "holder change of " + domain + " is being sent");
                        }
                        waiting = true;
                    }
                    case PENDING, UNKNOWN -> {
                        return unsettled(op, 0, "holder change of " + domain + " not settled yet");
                    }
                }
            }
        }
        if (waiting) {
            String message = "waiting for the registry to decide the holder change(s) " + intent.holderChanges();
            journal.awaitingRegistry(op.id, REGISTRY_PENDING, message, svTRID);
            return new ContactChangeResult(ContactChangeResult.Status.PENDING, op.id, message);
        }
        return complete(op, intent, svTRID, newHandles);
    }

    /** A holder change of this contact change moved (poll, query, cancellation, resume): the change follows. */
    public ContactChangeResult holderChangeMoved(long holderChangeId) {
        Operation child = journal.find(holderChangeId).orElseThrow();
        long parentId = holderChange.intentOf(child).contactChangeId();
        Operation parent = journal.find(parentId).orElseThrow();
        if (parent.state != Operation.State.RUNNING || parent.resultCode == null
                || parent.resultCode != REGISTRY_PENDING) {
            return run(parentId);
        }
        return afterHolderChanges(parentId, parent.svTRID);
    }

    private boolean holds(RegistryAdapter registry, String handle, ContactData data) {
        return registry.infoContact(handle).await().atMost(registryTimeout).holds(data);
    }

    private ContactChangeResult unsettled(Operation op, int code, String message) {
        journal.unknown(op.id, code, message);
        return new ContactChangeResult(ContactChangeResult.Status.UNSETTLED, op.id, message);
    }

    private ContactChangeResult refused(Operation op, String registryId, RegistryException e) {
        return refused(op, registryId, "refused by " + registryId + " (" + e.resultCode() + "): " + e.getMessage(),
                e.resultCode());
    }

    private ContactChangeResult refused(Operation op, String registryId, String message, int code) {
        journal.failed(op.id, code, message);
        QuarkusTransaction.requiringNew().run(() -> audit.record(op.principal, "contact.update.refused",
                "contact:" + intentOf(op).contactId(), Map.of("operation", op.id, "registry", registryId,
                        "code", code), op.clTRID, null));
        return new ContactChangeResult(ContactChangeResult.Status.REFUSED, op.id, message);
    }

    /** Every registry holds the new data: our record follows, with the entry finished, in one transaction. */
    private ContactChangeResult complete(Operation op, ContactChangeIntent intent, String svTRID,
                                         Map<String, String> newHandles) {
        String message = "updated at " + intent.registryHandles().size() + " registries "
                + intent.registryHandles().keySet()
                + (intent.holderChanges().isEmpty() ? "" : "; holder changed for " + intent.holderChanges());
        QuarkusTransaction.requiringNew().run(() -> {
            Contact contact = Contact.findById(intent.contactId());
            intent.details().applyTo(contact);
            contact.registryHandles.putAll(newHandles);
            Operation entry = Operation.findById(op.id);
            journal.markFinished(entry, Operation.State.SUCCEEDED, 1000, message, svTRID);
            audit.record(entry.principal, "contact.updated", "contact:" + intent.contactId(),
                    Map.of("operation", op.id, "registries", String.join(",", intent.registryHandles().keySet())),
                    entry.clTRID, svTRID);
        });
        return new ContactChangeResult(ContactChangeResult.Status.UPDATED, op.id, message);
    }

    private String newAuthInfo() {
        byte[] bytes = new byte[12];
        random.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /** One clTRID per registry of the change, derived from the entry's so the wire log ties them together. */
    static String stepTrid(String clTRID, String registryId) {
        String suffix = "-" + (registryId.length() > 16 ? registryId.substring(0, 16) : registryId);
        String base = clTRID.length() + suffix.length() > MAX_CLTRID
                ? clTRID.substring(0, MAX_CLTRID - suffix.length()) : clTRID;
        return base + suffix;
    }

    ContactChangeIntent intentOf(Operation op) {
        try {
            return json.readValue(op.intent, ContactChangeIntent.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("operation " + op.id + " has an unreadable intent", e);
        }
    }
}
