package com.ophos.registrar.jobs.poll;

import com.ophos.registrar.registry.spi.PollMessage;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.Instant;

/** Durable storage of poll messages; every write commits on its own, before the registry hears an ack. */
@ApplicationScoped
public class PollInbox {
    private final Clock clock;

    PollInbox(Clock clock) {
        this.clock = clock;
    }

    /** The stored message: this one, committed now, or the copy stored at an earlier delivery. */
    public StoredPollMessage store(String registryId, PollMessage message) {
        try {
            return QuarkusTransaction.requiringNew().call(() -> StoredPollMessage.of(registryId, message.id())
                    .orElseGet(() -> {
                        StoredPollMessage stored = new StoredPollMessage();
                        stored.registryId = registryId;
                        stored.messageId = message.id();
                        stored.queuedAt = message.queuedAt();
                        stored.text = message.text();
                        stored.domain = message.domain().orElse(null);
                        stored.clTRID = message.clTRID().orElse(null);
                        stored.settledCode = message.settledCode().orElse(null);
                        stored.rawXml = message.rawXml();
                        stored.receivedAt = Instant.now(clock);
                        stored.persistAndFlush();
                        return stored;
                    }));
        } catch (PersistenceException storedMeanwhile) {
            // Another instance stored the same delivery between our read and our insert.
            return QuarkusTransaction.requiringNew().call(() ->
                    StoredPollMessage.of(registryId, message.id()).orElseThrow(() -> storedMeanwhile));
        }
    }

    public void processed(long id) {
        QuarkusTransaction.requiringNew().run(() ->
                StoredPollMessage.update("processedAt = ?1 where id = ?2 and processedAt is null", Instant.now(clock), id));
    }

    public void acknowledged(long id) {
        QuarkusTransaction.requiringNew().run(() ->
                StoredPollMessage.update("ackedAt = ?1 where id = ?2", Instant.now(clock), id));
    }
}
