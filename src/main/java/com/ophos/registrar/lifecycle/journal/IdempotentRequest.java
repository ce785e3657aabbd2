package com.ophos.registrar.lifecycle.journal;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;

/** What a create made under an Idempotency-Key, so a repeat returns it instead of a duplicate. */
@Entity
@Table(name = "idempotent_requests")
public class IdempotentRequest extends PanacheEntityBase {
    @Id
    @SequenceGenerator(name = "idempotent_requests_seq", sequenceName = "idempotent_requests_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "idempotent_requests_seq")
    public Long id;

    @Column(nullable = false)
    public String principal;

    @Column(name = "idempotency_key", nullable = false)
    public String idempotencyKey;

    @Column(name = "request_hash", nullable = false)
    public String requestHash;

    @Column(name = "resource_kind", nullable = false)
    public String resourceKind;

    @Column(name = "resource_id", nullable = false)
    public Long resourceId;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    public static Optional<IdempotentRequest> byKey(String principal, String key) {
        return find("principal = ?1 and idempotencyKey = ?2", principal, key).firstResultOptional();
    }
}
