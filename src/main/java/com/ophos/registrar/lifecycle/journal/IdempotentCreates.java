package com.ophos.registrar.lifecycle.journal;

import com.ophos.registrar.lifecycle.IdempotencyKeyReusedException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import com.ophos.registrar.common.persistence.UniqueViolation;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Runs a create at most once per (principal, Idempotency-Key): the create and the key's record commit
 * together, and a concurrent twin loses on the unique constraint and returns the winner's id.
 */
@ApplicationScoped
public class IdempotentCreates {
    private final RequestHash requestHash;
    private final Clock clock;

    public IdempotentCreates(RequestHash requestHash, Clock clock) {
        this.requestHash = requestHash;
        this.clock = clock;
    }

    /** The id of what {@code create} made, now or under an earlier identical request. */
    public long once(String principal, String key, String kind, Object request, Supplier<Long> create) {
        String hash = requestHash.of(request);
        Optional<Long> earlier = earlier(principal, key, kind, hash);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        try {
            return QuarkusTransaction.requiringNew().call(() -> {
                long id = create.get();
                IdempotentRequest record = new IdempotentRequest();
                record.principal = principal;
                record.idempotencyKey = key;
                record.requestHash = hash;
                record.resourceKind = kind;
                record.resourceId = id;
                record.createdAt = Instant.now(clock);
                record.persistAndFlush();
                return id;
            });
        } catch (RuntimeException e) {
            UniqueViolation.requireCause(e);
            return earlier(principal, key, kind, hash).orElseThrow(() -> e);
        }
    }

    private Optional<Long> earlier(String principal, String key, String kind, String hash) {
        Optional<IdempotentRequest> record = QuarkusTransaction.requiringNew()
                .call(() -> IdempotentRequest.byKey(principal, key));
        record.ifPresent(r -> {
            if (!r.requestHash.equals(hash) || !r.resourceKind.equals(kind)) {
                throw new IdempotencyKeyReusedException();
            }
        });
        return record.map(r -> r.resourceId);
    }
}
