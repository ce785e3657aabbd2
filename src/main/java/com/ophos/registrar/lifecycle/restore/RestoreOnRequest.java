package com.ophos.registrar.lifecycle.restore;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.ophos.registrar.common.NotFoundProblem;
import com.ophos.registrar.lifecycle.DeleteDomain;
import com.ophos.registrar.lifecycle.DeletionIntent;
import com.ophos.registrar.lifecycle.SettlingAttempts;
import com.ophos.registrar.lifecycle.change.ChangeResult;
import com.ophos.registrar.lifecycle.journal.OperationJournal;
import com.ophos.registrar.lifecycle.model.Domain;
import com.ophos.registrar.lifecycle.model.Operation;
import com.ophos.registrar.lifecycle.name.DomainName;
import com.ophos.registrar.registry.RegistryRouter;
import com.ophos.registrar.registry.spi.CommandQuote;
import com.ophos.registrar.registry.spi.DomainInfo;
import com.ophos.registrar.registry.spi.DomainInfoQuery;
import com.ophos.registrar.registry.spi.Fee;
import com.ophos.registrar.registry.spi.FeeQuery;
import com.ophos.registrar.registry.spi.Outcome;
import com.ophos.registrar.registry.spi.RegistryAdapter;
import com.ophos.registrar.registry.spi.RegistryException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A customer's restore of a name it deleted through the gateway, checked before anything is
 * journalled: the gateway deleted the name for this customer, and the registry holds it in
 * {@code redemptionPeriod} (RFC 3915), asked by info. A delete still waiting for the registry's word
 * is settled first, by the same info. The restore fee is quoted by the registry's fee check where it
 * offers the fee extension, else by the configured tariff; the entry is journalled with that quote
 * and driven by {@link RestoreDomain}.
 */
@ApplicationScoped
public class RestoreOnRequest {
    private static final String REASON = "restored at the registrant's request";

    private final RestoreDomain restoreDomain;
    private final DeleteDomain deleteDomain;
    private final RegistryRouter router;
    private final OperationJournal journal;
    private final SettlingAttempts attempts;
    private final ObjectMapper json;
    private final Duration registryTimeout;

    public RestoreOnRequest(RestoreDomain restoreDomain, DeleteDomain deleteDomain, RegistryRouter router,
                            OperationJournal journal, SettlingAttempts attempts, ObjectMapper json,
                            @ConfigProperty(name = "registrar.runs.registry-timeout", defaultValue = "PT60S")
                            Duration registryTimeout) {
        this.restoreDomain = restoreDomain;
        this.deleteDomain = deleteDomain;
        this.router = router;
        this.journal = journal;
        this.attempts = attempts;
        this.json = json;
        this.registryTimeout = registryTimeout;
    }

    /** The customer the name was deleted for (R23 scope), from the latest delete the gateway journalled. */
    public long formerOwner(String name) {
        String aLabel = DomainName.parse(name).aLabel();
        return latestDeletion(aLabel).map(op -> op.customerId)
                .orElseThrow(() -> new NotFoundProblem(aLabel + " was not deleted through the gateway"));
    }

    /**
     * Refusals of the request are thrown here; the future follows the registry's part.
     *
     * @param requestHash what tells this request from another under the same key
     */
    public CompletableFuture<ChangeResult> run(String name, String principal, String idempotencyKey,
                                               String requestHash) {
        String aLabel = DomainName.parse(name).aLabel();
        Optional<Operation> earlier = journal.replay(principal, idempotencyKey, requestHash);
        if (earlier.isPresent()) {
            long id = earlier.get().id;
            return attempts.run("restore of " + aLabel, () -> restoreDomain.attempt(id), ChangeResult::settled);
        }
        Operation deletion = latestDeletion(aLabel)
                .orElseThrow(() -> new NotFoundProblem(aLabel + " was not deleted through the gateway"));
        RegistryAdapter registry = router.byId(deletion.registryId).orElseThrow();
        requireRedemption(registry, aLabel);
        Operation deleted = settledDeletion(deletion);
        DeletionIntent held = deletionIntentOf(deleted);
        if (held.held() == null) {
            throw new NotFoundProblem(aLabel + " was deleted before the gateway kept what a restore needs");
        }
        Optional<Fee> quote = registry.quoteFee(FeeQuery.restore(aLabel)).await().atMost(registryTimeout)
                .map(CommandQuote::fee);
        RestoreIntent intent = new RestoreIntent(aLabel, deleted.customerId, deleted.id, held.held(), REASON,
                quote.map(Fee::amount).orElse(null), quote.map(Fee::currency).orElse(null));
        long id = journal.open(Operation.Kind.DOMAIN_RESTORE, principal, idempotencyKey, requestHash,
                deleted.customerId, aLabel, registry.registryId(), toJson(intent)).operation().id;
        return attempts.run("restore of " + aLabel, () -> restoreDomain.attempt(id), ChangeResult::settled);
    }

    private void requireRedemption(RegistryAdapter registry, String aLabel) {
        DomainInfo info;
        try {
            info = registry.infoDomain(DomainInfoQuery.of(aLabel)).await().atMost(registryTimeout);
        } catch (RegistryException e) {
            if (e.outcome() == Outcome.OBJECT_DOES_NOT_EXIST) {
                throw new DomainNotInRedemptionException(aLabel, registry.registryId(), "purged (2303)");
            }
            throw e;
        }
        Optional<String> cycle = RestoreDomain.deleteCycleStatus(info);
        if (!info.ours() || cycle.filter(RestoreDomain.REDEMPTION::equals).isEmpty()) {
            throw new DomainNotInRedemptionException(aLabel, registry.registryId(), !info.ours()
                    ? "sponsored by " + info.sponsor() : cycle.orElse(String.join(",", info.statuses())));
        }
    }

    /**
     * The registry holds the name in redemption, so a delete still awaiting its word (1001, unknown) is
     * settled now as applied; the restore then undoes a finished delete only.
     */
    private Operation settledDeletion(Operation deletion) {
        if (deletion.state != Operation.State.SUCCEEDED) {
            deleteDomain.reconcile(deletion.id);
        }
        Operation now = journal.find(deletion.id).orElseThrow();
        if (now.state != Operation.State.SUCCEEDED) {
            throw new IllegalStateException("delete " + deletion.id + " of " + deletion.domain
                    + " is not settled although the registry shows the name in redemption");
        }
        return now;
    }

    private static Optional<Operation> latestDeletion(String aLabel) {
        return QuarkusTransaction.requiringNew().call(() -> Operation.<Operation>find(
                "kind = ?1 and domain = ?2 and state in ?3 order by id desc", Operation.Kind.DOMAIN_DELETE, aLabel,
                List.of(Operation.State.SUCCEEDED, Operation.State.RUNNING, Operation.State.UNKNOWN))
                .firstResultOptional());
    }

    private DeletionIntent deletionIntentOf(Operation op) {
        try {
            return json.readValue(op.intent, DeletionIntent.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("operation " + op.id + " has an unreadable intent", e);
        }
    }

    private String toJson(RestoreIntent intent) {
        try {
            return json.writeValueAsString(intent);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the intent", e);
        }
    }
}
