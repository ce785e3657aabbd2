package com.ophos.registrar.lifecycle.journal;

import com.ophos.registrar.lifecycle.IdempotencyKeyReusedException;
import com.ophos.registrar.lifecycle.model.Operation;
import com.ophos.registrar.registry.spi.RegistryException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import com.ophos.registrar.common.persistence.UniqueViolation;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * The operations journal. Every state change commits on its own, so the journal tells the truth
 * whatever happens next: an entry and its clTRID exist before the registry is called, and an entry
 * found {@code RUNNING} after a restart may have reached the registry.
 */
@ApplicationScoped
public class OperationJournal {
    private static final int REGISTRY_PENDING = 1001;
    private final Clock clock;

    public OperationJournal(Clock clock) {
        this.clock = clock;
    }

    /** A new entry for the request, or the entry the same principal already opened under this key. */
    public record Opened(Operation operation, boolean created) {
    }

    /**
     * The earlier entry for this key, if any; a different body under the same key is a conflict.
     */
    public Optional<Operation> replay(String principal, String idempotencyKey, String requestHash) {
        Optional<Operation> existing = QuarkusTransaction.requiringNew()
                .call(() -> Operation.byIdempotencyKey(principal, idempotencyKey));
        existing.ifPresent(op -> {
            if (!op.requestHash.equals(requestHash)) {
                throw new IdempotencyKeyReusedException();
            }
        });
        return existing;
    }

    /**
     * Opens an entry. Two concurrent requests with one key race on the unique constraint
     * (principal, idempotency key): the loser reads the winner's entry, so only one command is sent.
     */
    public Opened open(Operation.Kind kind, String principal, String idempotencyKey, String requestHash,
                       Long customerId, String domain, String registryId, String intent) {
        try {
            Operation created = QuarkusTransaction.requiringNew().call(() -> {
                Instant now = Instant.now(clock);
                Operation op = new Operation();
                op.kind = kind;
                op.state = Operation.State.PENDING;
                op.principal = principal;
                op.idempotencyKey = idempotencyKey;
                op.requestHash = requestHash;
                op.customerId = customerId;
                op.domain = domain;
                op.registryId = registryId;
                op.intent = intent;
                op.clTRID = newClTRID();
                op.attempts = 0;
                op.createdAt = now;
                op.updatedAt = now;
                op.persistAndFlush();
                return op;
            });
            return new Opened(created, true);
        } catch (RuntimeException e) {
            UniqueViolation.requireCause(e);
            return replay(principal, idempotencyKey, requestHash)
                    .map(op -> new Opened(op, false))
                    .orElseThrow(() -> e);
        }
    }

    /** EPP allows 3..64 characters; a UUID keeps it unique across gateway instances and restarts. */
    private static String newClTRID() {
        return "OPH-" + UUID.randomUUID();
    }

    public Optional<Operation> find(long id) {
        return QuarkusTransaction.requiringNew().call(() -> Operation.<Operation>findByIdOptional(id));
    }

    /**
     * Takes a {@code PENDING} entry for execution. The conditional update makes this the only place
     * that can start a send, even with two workers or two gateway instances racing.
     */
    public Optional<Operation> claim(long id) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Instant now = Instant.now(clock);
            int claimed = Operation.update("state = ?1, attempts = attempts + 1, startedAt = ?2, updatedAt = ?2 "
                    + "where id = ?3 and state = ?4", Operation.State.RUNNING, now, id, Operation.State.PENDING);
            if (claimed == 0) {
                return Optional.<Operation>empty();
            }
            Operation op = Operation.findById(id);
            Operation.getEntityManager().refresh(op);
            return Optional.of(op);
        });
    }

    /** The registry did not apply the command: it is over. */
    public void failed(long id, RegistryException refusal) {
        finish(id, Operation.State.FAILED, refusal.resultCode(), refusal.getMessage(), refusal.svTRID());
    }

    public void failed(long id, int code, String message) {
        finish(id, Operation.State.FAILED, code, message, null);
    }

    /** Sent without an answer: to be reconciled (info) before any resend. */
    public void unknown(long id, int code, String message) {
        QuarkusTransaction.requiringNew().run(() -> {
            Operation op = Operation.findById(id);
            op.state = Operation.State.UNKNOWN;
            op.resultCode = code;
            op.resultMessage = message;
            op.updatedAt = Instant.now(clock);
        });
    }

    /**
     * An entry still {@code RUNNING} (and not awaiting a 1001 settlement) since before {@code startedBefore}
     * was left by a worker or an instance that died mid-command: it becomes {@code UNKNOWN}, to be
     * reconciled. Conditional, so an entry its worker finished meanwhile is left alone.
     */
    public boolean abandoned(long id, Instant startedBefore) {
        return QuarkusTransaction.requiringNew().call(() -> Operation.update("state = ?1, resultCode = 0, "
                        + "resultMessage = ?2, updatedAt = ?3 where id = ?4 and state = ?5 and startedAt < ?6 "
                        + "and (resultCode is null or resultCode <> ?7)", Operation.State.UNKNOWN,
                "abandoned while running; reconciling before any resend", Instant.now(clock), id,
                Operation.State.RUNNING, startedBefore, REGISTRY_PENDING) == 1);
    }

    /** 1001: the registry settles the command later (poll); the entry stays running until then. */
    public void awaitingRegistry(long id, int code, String message, String svTRID) {
        QuarkusTransaction.requiringNew().run(() -> {
            Operation op = Operation.findById(id);
            op.resultCode = code;
            op.resultMessage = message;
            op.svTRID = svTRID;
            op.updatedAt = Instant.now(clock);
        });
    }

    /** Back to {@code PENDING} so that the next claim resends it with the same clTRID. */
    public void requeue(long id) {
        QuarkusTransaction.requiringNew().run(() -> {
            Operation op = Operation.findById(id);
            op.state = Operation.State.PENDING;
            op.updatedAt = Instant.now(clock);
        });
    }

    private void finish(long id, Operation.State state, int code, String message, String svTRID) {
        QuarkusTransaction.requiringNew().run(() -> {
            Operation op = Operation.findById(id);
            markFinished(op, state, code, message, svTRID);
        });
    }

    /** For callers that finish an entry in the same transaction as their own writes. */
    public void markFinished(Operation op, Operation.State state, int code, String message, String svTRID) {
        Instant now = Instant.now(clock);
        op.state = state;
        op.resultCode = code;
        op.resultMessage = message;
        op.svTRID = svTRID;
        op.finishedAt = now;
        op.updatedAt = now;
    }
}
