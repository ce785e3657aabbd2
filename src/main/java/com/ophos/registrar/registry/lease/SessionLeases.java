package com.ophos.registrar.registry.lease;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Shares a registry's account-wide session limit out among the gateway instances on one database.
 * Each claim runs in its own transaction holding the registry's lock row, so two instances never
 * share out at once: expired leases are dropped (a dead instance's share returns), then the
 * claimant gets its fair share (limit / live instances, the remainder to the first ids in order),
 * but never more than the other live leases leave free. Whoever holds more than its fair share gets
 * less at its next claim, freeing room for newcomers; the sum of live leases never exceeds the limit.
 */
@ApplicationScoped
public class SessionLeases {
    private final EntityManager db;
    private final Clock clock;

    public SessionLeases(EntityManager db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** Renews (or takes) this instance's lease for {@code ttl} and returns the sessions it may open. */
    public int claim(String registryId, String instanceId, int limit, Duration ttl) {
        return QuarkusTransaction.requiringNew().call(() -> {
            lockRegistry(registryId, limit);
            OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
            db.createNativeQuery("DELETE FROM registry_session_leases WHERE registry_id = ?1 AND expires_at <= ?2")
                    .setParameter(1, registryId).setParameter(2, now).executeUpdate();
            @SuppressWarnings("unchecked")
            List<Object[]> others = db.createNativeQuery("SELECT instance_id, sessions FROM registry_session_leases"
                            + " WHERE registry_id = ?1 AND instance_id <> ?2")
                    .setParameter(1, registryId).setParameter(2, instanceId).getResultList();
            int held = others.stream().mapToInt(row -> ((Number) row[1]).intValue()).sum();
            int granted = Math.max(0, Math.min(fairShare(instanceId, others, limit), limit - held));
            int updated = db.createNativeQuery("UPDATE registry_session_leases SET sessions = ?1, expires_at = ?2"
                            + " WHERE registry_id = ?3 AND instance_id = ?4")
                    .setParameter(1, granted).setParameter(2, now.plus(ttl))
                    .setParameter(3, registryId).setParameter(4, instanceId).executeUpdate();
            if (updated == 0) {
                db.createNativeQuery("INSERT INTO registry_session_leases (registry_id, instance_id, sessions, expires_at)"
                                + " VALUES (?1, ?2, ?3, ?4)")
                        .setParameter(1, registryId).setParameter(2, instanceId).setParameter(3, granted)
                        .setParameter(4, now.plus(ttl)).executeUpdate();
            }
            return granted;
        });
    }

    /** Gives this instance's sessions back at once (orderly shutdown). */
    public void release(String registryId, String instanceId) {
        QuarkusTransaction.requiringNew().run(() -> db.createNativeQuery(
                        "DELETE FROM registry_session_leases WHERE registry_id = ?1 AND instance_id = ?2")
                .setParameter(1, registryId).setParameter(2, instanceId).executeUpdate());
    }

    /** The sessions all live leases of a registry hold together. */
    public int held(String registryId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) db.createNativeQuery(
                        "SELECT COALESCE(SUM(sessions), 0) FROM registry_session_leases WHERE registry_id = ?1"
                                + " AND expires_at > ?2")
                .setParameter(1, registryId)
                .setParameter(2, OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC))
                .getSingleResult()).intValue());
    }

    /**
     * Takes the registry's lock row (created on first use; a twin creating it at the same moment makes
     * this transaction fail and the next heartbeat claim again).
     */
    private void lockRegistry(String registryId, int limit) {
        List<?> locked = db.createNativeQuery(
                        "SELECT max_sessions FROM registry_session_limits WHERE registry_id = ?1 FOR UPDATE")
                .setParameter(1, registryId).getResultList();
        if (locked.isEmpty()) {
            db.createNativeQuery("INSERT INTO registry_session_limits (registry_id, max_sessions) VALUES (?1, ?2)")
                    .setParameter(1, registryId).setParameter(2, limit).executeUpdate();
        } else if (((Number) locked.get(0)).intValue() != limit) {
            db.createNativeQuery("UPDATE registry_session_limits SET max_sessions = ?1 WHERE registry_id = ?2")
                    .setParameter(1, limit).setParameter(2, registryId).executeUpdate();
        }
    }

    /** limit / live instances, the remainder going to the first instance ids in order. */
    static int fairShare(String instanceId, List<Object[]> others, int limit) {
        int instances = others.size() + 1;
        long before = others.stream().filter(row -> ((String) row[0]).compareTo(instanceId) < 0).count();
        return limit / instances + (before < limit % instances ? 1 : 0);
    }
}
