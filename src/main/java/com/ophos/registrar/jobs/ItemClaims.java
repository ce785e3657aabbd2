package com.ophos.registrar.jobs;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Claims on run items, one row per (run kind, period, item) in {@code job_item_claims}. The row's
 * primary key decides between two instances (or two threads) racing for an item: the insert of
 * the loser fails and it reads the winner's claim. A claim is taken over only when the item failed
 * or the lease of the instance holding it ran out (it died), so a rerun picks up what is left.
 */
@ApplicationScoped
public class ItemClaims {

    public enum State { CLAIMED, DONE, SKIPPED, FAILED }

    /** Why an item was not claimed: someone holds it, or it was already dealt with in this period. */
    public record Refusal(State state, long runId, String claimedBy) {
    }

    private final EntityManager em;

    ItemClaims(EntityManager em) {
        this.em = em;
    }

    /** Empty when the item is now ours, else who has it. */
    public Optional<Refusal> claim(RunKind kind, String periodKey, String itemKey, long runId, String instance,
                                   Instant now, Duration lease) {
        try {
            int inserted = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                            "INSERT INTO job_item_claims (kind, period_key, item_key, state, run_id, claimed_by, "
                                    + "lease_until, attempts, updated_at) SELECT ?1, ?2, ?3, 'CLAIMED', ?4, ?5, ?6, 1, ?7 "
                                    + "WHERE NOT EXISTS (SELECT 1 FROM job_item_claims WHERE kind = ?1 AND period_key = ?2 "
                                    + "AND item_key = ?3)")
                    .setParameter(1, kind.name()).setParameter(2, periodKey).setParameter(3, itemKey)
                    .setParameter(4, runId).setParameter(5, instance).setParameter(6, now.plus(lease))
                    .setParameter(7, now)
                    .executeUpdate());
            if (inserted == 1) {
                return Optional.empty();
            }
        } catch (PersistenceException lostTheRace) {
            // Another instance inserted the same claim between our check and our insert.
        }
        boolean takenOver = QuarkusTransaction.requiringNew().call(() ->
                takeOver(kind, periodKey, itemKey, runId, instance, now, lease));
        if (takenOver) {
            return Optional.empty();
        }
        return Optional.of(holder(kind, periodKey, itemKey));
    }

    /**
     * Claims {@code itemKeys} (in their order) in one transaction, as {@link #claim} does one by one:
     * the answer holds, per key, empty when the item is now ours, else who has it. An insert that
     * meets another instance's claim waits for that instance's transaction and then yields to it.
     */
    public Map<String, Optional<Refusal>> claimAll(RunKind kind, String periodKey, List<String> itemKeys, long runId,
                                                   String instance, Instant now, Duration lease) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Map<String, Optional<Refusal>> answers = new LinkedHashMap<>();
            for (String itemKey : itemKeys) {
                int inserted = em.createNativeQuery("INSERT INTO job_item_claims (kind, period_key, item_key, state, "
                                + "run_id, claimed_by, lease_until, attempts, updated_at) "
                                + "VALUES (?1, ?2, ?3, 'CLAIMED', ?4, ?5, ?6, 1, ?7) ON CONFLICT DO NOTHING")
                        .setParameter(1, kind.name()).setParameter(2, periodKey).setParameter(3, itemKey)
                        .setParameter(4, runId).setParameter(5, instance).setParameter(6, now.plus(lease))
                        .setParameter(7, now)
                        .executeUpdate();
                answers.put(itemKey, inserted == 1 || takeOver(kind, periodKey, itemKey, runId, instance, now, lease)
                        ? Optional.empty()
                        : Optional.of(holderInThisTransaction(kind, periodKey, itemKey)));
            }
            return answers;
        });
    }

    private boolean takeOver(RunKind kind, String periodKey, String itemKey, long runId, String instance, Instant now,
                             Duration lease) {
        return em.createNativeQuery(
                        "UPDATE job_item_claims SET state = 'CLAIMED', run_id = ?4, claimed_by = ?5, lease_until = ?6, "
                                + "attempts = attempts + 1, updated_at = ?7 WHERE kind = ?1 AND period_key = ?2 "
                                + "AND item_key = ?3 AND (state = 'FAILED' OR (state = 'CLAIMED' AND lease_until < ?7))")
                .setParameter(1, kind.name()).setParameter(2, periodKey).setParameter(3, itemKey)
                .setParameter(4, runId).setParameter(5, instance).setParameter(6, now.plus(lease))
                .setParameter(7, now)
                .executeUpdate() == 1;
    }

    private Refusal holder(RunKind kind, String periodKey, String itemKey) {
        return QuarkusTransaction.requiringNew().call(() -> holderInThisTransaction(kind, periodKey, itemKey));
    }

    private Refusal holderInThisTransaction(RunKind kind, String periodKey, String itemKey) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT state, run_id, claimed_by FROM job_item_claims "
                        + "WHERE kind = ?1 AND period_key = ?2 AND item_key = ?3")
                .setParameter(1, kind.name()).setParameter(2, periodKey).setParameter(3, itemKey)
                .getResultList();
        Object[] row = rows.get(0);
        return new Refusal(State.valueOf((String) row[0]), ((Number) row[1]).longValue(), (String) row[2]);
    }

    /** Records the item's final state for this period; called inside the transaction recording its outcome. */
    void settle(RunKind kind, String periodKey, String itemKey, long runId, State state, Instant now) {
        em.createNativeQuery("UPDATE job_item_claims SET state = ?5, updated_at = ?6 WHERE kind = ?1 "
                        + "AND period_key = ?2 AND item_key = ?3 AND run_id = ?4")
                .setParameter(1, kind.name()).setParameter(2, periodKey).setParameter(3, itemKey)
                .setParameter(4, runId).setParameter(5, state.name()).setParameter(6, now)
                .executeUpdate();
    }
}
