package com.ophos.registrar.lifecycle;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.ophos.registrar.common.InvalidInputException;
import com.ophos.registrar.common.NotFoundProblem;
import com.ophos.registrar.lifecycle.journal.OperationJournal;
import com.ophos.registrar.lifecycle.journal.RequestHash;
import com.ophos.registrar.lifecycle.model.Contact;
import com.ophos.registrar.lifecycle.model.Domain;
import com.ophos.registrar.lifecycle.model.Operation;
import com.ophos.registrar.lifecycle.name.DomainName;
import com.ophos.registrar.registry.RegistryRouter;
import com.ophos.registrar.registry.spi.RegistryPolicy;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;

/**
 * A customer's contact change through the API. Refusals come first and send nothing: an empty patch,
 * data that would not be accepted at creation, and R1 (a .fr name's holder must stay a legal entity).
 * Then the change is journalled (same Idempotency-Key, same entry) before any registry hears of it,
 * and {@link PropagateContactChange} takes it to every registry holding the contact.
 */
@ApplicationScoped
public class ChangeContact {
    private final OperationJournal journal;
    private final PropagateContactChange propagate;
    private final RegistryRouter router;
    private final SettlingAttempts attempts;
    private final RequestHash requestHash;
    private final ObjectMapper json;

    public ChangeContact(OperationJournal journal, PropagateContactChange propagate, RegistryRouter router,
                         SettlingAttempts attempts, RequestHash requestHash, ObjectMapper json) {
        this.journal = journal;
        this.propagate = propagate;
        this.router = router;
        this.attempts = attempts;
        this.requestHash = requestHash;
        this.json = json;
    }

    /** What the Idempotency-Key stands for: this patch of this contact. */
    private record HashedRequest(long contactId, ContactPatch patch) {
    }

    /** The accepted change: its journal entry and the attempts that follow the registries' part. */
    public record Accepted(long operationId, CompletableFuture<ContactChangeResult> outcome) {
    }

    public Accepted run(long contactId, ContactPatch patch, String principal, String idempotencyKey) {
        if (patch.isEmpty()) {
            throw new InvalidInputException("body", "name at least one field to change");
        }
        Contact contact = QuarkusTransaction.requiringNew().call(() -> Contact.<Contact>findById(contactId));
        if (contact == null) {
            throw new NotFoundProblem("contact " + contactId + " does not exist");
        }
        NewContact changed = patch.over(contact.customerId, ContactDetails.of(contact));
        CreateContact.requireValid(changed);
        ContactDetails details = ContactDetails.of(changed);
        requireEligibleHolder(contactId, details);

        String hash = requestHash.of(new HashedRequest(contactId, patch));
        ContactChangeIntent intent = new ContactChangeIntent(contactId, contact.customerId, details,
                contact.registryHandles, holderChanges(contact, details));
        Operation op = journal.open(Operation.Kind.CONTACT_UPDATE, principal, idempotencyKey, hash,
                contact.customerId, null, null, toJson(intent)).operation();
        CompletableFuture<ContactChangeResult> outcome = attempts.run("change of contact " + contactId,
                () -> propagate.run(op.id), result -> result.status() != ContactChangeResult.Status.UNSETTLED);
        return new Accepted(op.id, outcome);
    }

    /** R1: where a registry admits legal entities only (.fr), a name's holder cannot become an individual. */
    private void requireEligibleHolder(long contactId, ContactDetails details) {
        if (details.describesALegalEntity()) {
            return;
        }
        List<Domain> held = QuarkusTransaction.requiringNew().call(() ->
                Domain.<Domain>list("holderContactId", contactId));
        for (Domain domain : held) {
            RegistryPolicy policy = router.byId(domain.registryId).orElseThrow().policy();
            if (policy.holderEligibility() == RegistryPolicy.HolderEligibility.LEGAL_ENTITY_ONLY) {
                throw new HolderNotEligibleException(DomainName.parse(domain.name).tld());
            }
        }
    }

    /**
     * Where the registry treats a change of the holder's identity as a change of holder (AFNIC trade),
     * the domains this contact holds there, per registry; nothing when only how to reach it changes.
     */
    private Map<String, List<String>> holderChanges(Contact contact, ContactDetails details) {
        if (details.sameIdentityAs(ContactDetails.of(contact))) {
            return Map.of();
        }
        List<Domain> held = QuarkusTransaction.requiringNew().call(() ->
                Domain.<Domain>list("holderContactId", contact.id));
        Map<String, List<String>> changes = new TreeMap<>();
        for (Domain domain : held) {
            RegistryPolicy policy = router.byId(domain.registryId).orElseThrow().policy();
            if (policy.holderChangeProcedure() == RegistryPolicy.HolderChangeProcedure.TRADE
                    && contact.handleAt(domain.registryId).isPresent()) {
                changes.computeIfAbsent(domain.registryId, id -> new ArrayList<>()).add(domain.name);
            }
        }
        return changes;
    }

    private String toJson(ContactChangeIntent intent) {
        try {
            return json.writeValueAsString(intent);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the intent", e);
        }
    }
}
