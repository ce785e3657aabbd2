package com.ophos.registrar.jobs.poll;

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

/** A registry poll message as received; unique per registry and message id, so a redelivery adds nothing. */
@Entity
@Table(name = "registry_poll_messages")
public class StoredPollMessage extends PanacheEntityBase {

    @Id
    @SequenceGenerator(name = "registry_poll_messages_seq", sequenceName = "registry_poll_messages_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "registry_poll_messages_seq")
    public Long id;

    @Column(name = "registry_id", nullable = false)
    public String registryId;

    @Column(name = "message_id", nullable = false)
    public String messageId;

    @Column(name = "queued_at")
    public Instant queuedAt;

    public String text;

    public String domain;

    @Column(name = "cltrid")
    public String clTRID;

    @Column(name = "settled_code")
    public Integer settledCode;

    @Column(name = "raw_xml")
    public String rawXml;

    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;

    /** When what the message tells was applied (a pending operation settled). */
    @Column(name = "processed_at")
    public Instant processedAt;

    @Column(name = "acked_at")
    public Instant ackedAt;

    public static Optional<StoredPollMessage> of(String registryId, String messageId) {
        return find("registryId = ?1 and messageId = ?2", registryId, messageId).firstResultOptional();
    }
}
