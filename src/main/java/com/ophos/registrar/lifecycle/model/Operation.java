package com.ophos.registrar.lifecycle.model;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One journal entry: what was asked, by whom (R23), under which idempotency key, with the clTRID
 * fixed before anything is sent, and what the registry answered.
 */
@Entity
@Table(name = "operations")
public class Operation extends PanacheEntityBase {

    public enum Kind { DOMAIN_CREATE, DOMAIN_RENEW, DOMAIN_DELETE, CONTACT_UPDATE, DOMAIN_HOLDER_CHANGE, DOMAIN_UPDATE,
        DOMAIN_AUTH_CODE, DOMAIN_TRANSFER_IN, TRANSFER_AWAY_APPROVE, TRANSFER_AWAY_REJECT,
        DOMAIN_EXPIRY_SYNC, DOMAIN_RESTORE }

    /**
     * {@code UNKNOWN}: the command may have reached the registry without an answer being read; it is
     * reconciled by an info query before any resend.
     */
    public enum State { PENDING, RUNNING, SUCCEEDED, FAILED, UNKNOWN }

    @Id
    @SequenceGenerator(name = "operations_seq", sequenceName = "operations_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "operations_seq")
    public Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Kind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public State state;

    @Column(nullable = false)
    public String principal;

    @Column(name = "customer_id")
    public Long customerId;

    public String domain;

    @Column(name = "registry_id")
    public String registryId;

    @Column(name = "idempotency_key", nullable = false)
    public String idempotencyKey;

    @Column(name = "request_hash", nullable = false)
    public String requestHash;

    @Column(name = "cltrid", nullable = false, unique = true)
    public String clTRID;

    @Column(name = "svtrid")
    public String svTRID;

    /** The validated request as JSON: everything needed to (re)send the command. */
    @Column(nullable = false)
    public String intent;

    @Column(name = "result_code")
    public Integer resultCode;

    @Column(name = "result_message")
    public String resultMessage;

    @Column(nullable = false)
    public int attempts;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "started_at")
    public Instant startedAt;

    @Column(name = "finished_at")
    public Instant finishedAt;

    public static Optional<Operation> byIdempotencyKey(String principal, String key) {
        return find("principal = ?1 and idempotencyKey = ?2", principal, key).firstResultOptional();
    }

    /**
     * Whether an operation on the name (of {@code kind}, or of any kind) is pending, running or of unknown
     * outcome. Asked before every registration and transfer, hence a plain HQL count, whose SQL Hibernate
     * caches: Panache's {@code count(...)} derives a new count query and translates it on every call.
     */
    public static boolean underWay(String domain, Optional<Kind> kind) {
        TypedQuery<Long> query = getEntityManager().createQuery("select count(o) from Operation o"
                        + " where o.domain = :domain" + (kind.isPresent() ? " and o.kind = :kind" : "")
                        + " and o.state in (:pending, :running, :unknown)", Long.class)
                .setParameter("domain", domain)
                .setParameter("pending", State.PENDING)
                .setParameter("running", State.RUNNING)
                .setParameter("unknown", State.UNKNOWN);
        kind.ifPresent(k -> query.setParameter("kind", k));
        return query.getSingleResult() > 0;
    }

    public static List<Operation> inState(State state) {
        return list("state = ?1 order by id", state);
    }
}
