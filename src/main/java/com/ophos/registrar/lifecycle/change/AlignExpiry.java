package com.ophos.registrar.lifecycle.change;

import com.ophos.registrar.common.InvalidInputException;
import com.ophos.registrar.common.NotFoundProblem;
import com.ophos.registrar.dispute.DisputeFreeze;
import com.ophos.registrar.lifecycle.SettlingAttempts;
import com.ophos.registrar.lifecycle.journal.OperationJournal;
import com.ophos.registrar.lifecycle.model.Domain;
import com.ophos.registrar.lifecycle.model.Operation;
import com.ophos.registrar.lifecycle.name.DomainName;
import com.ophos.registrar.registry.RegistryRouter;
import com.ophos.registrar.registry.spi.RegistryAdapter;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.MonthDay;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * A customer asks that a name expire on a given month-day (ConsoliDate), to align it with their other
 * names. Everything is checked before the journal entry exists, so a refused request sends nothing:
 * the day is a real ISO month-day that exists every year, the name is ours and not frozen (R3), its
 * registry aligns expiry days. {@link SyncExpiry} then drives the entry until the registry's answer
 * is known.
 */
@ApplicationScoped
public class AlignExpiry {
    /** February 29 exists one year in four: an expiry aligned to it would drift back to the 28th. */
    private static final MonthDay LEAP_DAY = MonthDay.of(2, 29);

    private final SyncExpiry syncExpiry;
    private final RegistryRouter router;
    private final OperationJournal journal;
    private final DisputeFreeze freeze;
    private final SettlingAttempts attempts;

    public AlignExpiry(SyncExpiry syncExpiry, RegistryRouter router, OperationJournal journal, DisputeFreeze freeze,
                       SettlingAttempts attempts) {
        this.syncExpiry = syncExpiry;
        this.router = router;
        this.journal = journal;
        this.freeze = freeze;
        this.attempts = attempts;
    }

    /**
     * Refusals of the request are thrown here; the future follows the registry's part.
     *
     * @param requestHash what tells this request from another under the same key
     */
    public CompletableFuture<ChangeResult> run(String name, String expiryDay, String principal, String idempotencyKey,
                                               String requestHash) {
        String aLabel = DomainName.parse(name).aLabel();
        Optional<Operation> earlier = journal.replay(principal, idempotencyKey, requestHash);
        if (earlier.isPresent()) {
            long id = earlier.get().id;
            return attempts.run("expiry alignment of " + aLabel, () -> syncExpiry.attempt(id), ChangeResult::settled);
        }
        MonthDay day = requireMonthDay(expiryDay);
        Domain domain = QuarkusTransaction.requiringNew().call(() -> Domain.byName(aLabel)
                .orElseThrow(() -> new NotFoundProblem(aLabel + " is not registered through the gateway")));
        if (QuarkusTransaction.requiringNew().call(() -> freeze.isFrozen(aLabel))) {
            throw new DomainFrozenException(aLabel);
        }
        RegistryAdapter registry = router.byId(domain.registryId).orElseThrow();
        if (!registry.policy().expirySync()) {
            throw new ExpirySyncNotOfferedException(registry.registryId());
        }
        ExpiryAlignmentIntent intent = ExpiryAlignmentIntent.of(aLabel, domain.customerId, day, domain.expiresAt);
        return attempts.run("expiry alignment of " + aLabel, () -> syncExpiry.run(principal, idempotencyKey,
                requestHash, registry.registryId(), intent), ChangeResult::settled);
    }

    private static MonthDay requireMonthDay(String text) {
        MonthDay day;
        try {
            day = MonthDay.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("expiryDay", "an ISO month-day such as --06-15 (--MM-DD)");
        }
        if (day.equals(LEAP_DAY)) {
            throw new InvalidInputException("expiryDay", "--02-29 does not exist every year; choose another day");
        }
        return day;
    }
}
