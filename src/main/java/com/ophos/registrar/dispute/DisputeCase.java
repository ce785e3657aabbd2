package com.ophos.registrar.dispute;

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
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** A dispute on one domain (R3, R22): who claims it, why, until when, and what the case changed. */
@Entity
@Table(name = "dispute_cases")
public class DisputeCase extends PanacheEntityBase {
    private static final String LIST_SEPARATOR = "\n";

    @Id
    @SequenceGenerator(name = "dispute_cases_seq", sequenceName = "dispute_cases_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "dispute_cases_seq")
    public Long id;

    /** A-label. */
    @Column(nullable = false)
    public String domain;

    @Column(name = "registry_id", nullable = false)
    public String registryId;

    @Column(name = "customer_id", nullable = false)
    public Long customerId;

    @Column(name = "contract_id")
    public Long contractId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DisputeKind kind;

    public String claimant;

    @Column(nullable = false)
    public String grounds;

    /** References to the documents (one per line), never the documents themselves. */
    public String documents;

    public Instant deadline;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DisputeState state;

    @Enumerated(EnumType.STRING)
    @Column(name = "failed_step")
    public DisputeAction failedStep;

    public String failure;

    @Column(name = "locks_added", nullable = false)
    public String locksAdded = "";

    @Column(name = "hold_added", nullable = false)
    public boolean holdAdded;

    @Column(name = "dns_suspended", nullable = false)
    public boolean dnsSuspended;

    @Column(name = "frozen_at")
    public Instant frozenAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "hand_over_mode")
    public HandOverMode handOverMode;

    @Column(name = "handed_over_to")
    public String handedOverTo;

    @Column(name = "handed_over_at")
    public Instant handedOverAt;

    /** The auth code released by a hand-over, sealed by the core's SecretBox. */
    @Column(name = "auth_info_encrypted")
    public String authInfoEncrypted;

    @Column(name = "opened_by", nullable = false)
    public String openedBy;

    @Column(name = "opened_at", nullable = false)
    public Instant openedAt;

    @Column(name = "closed_at")
    public Instant closedAt;

    /** The action running on the case now, if any (see {@link DisputeCases#exclusively}). */
    @Enumerated(EnumType.STRING)
    @Column(name = "busy_action")
    public DisputeAction busyAction;

    @Column(name = "busy_since")
    public Instant busySince;

    @Version
    public long version;

    public List<String> documentList() {
        return documents == null || documents.isEmpty() ? List.of() : Arrays.asList(documents.split(LIST_SEPARATOR));
    }

    public void documents(List<String> references) {
        documents = String.join(LIST_SEPARATOR, references);
    }

    public Set<String> locksAdded() {
        Set<String> locks = new TreeSet<>();
        for (String lock : locksAdded.split(",")) {
            if (!lock.isBlank()) {
                locks.add(lock);
            }
        }
        return locks;
    }

    public void locksAdded(Set<String> locks) {
        locksAdded = String.join(",", new TreeSet<>(locks));
    }

    public static Optional<DisputeCase> byId(long id) {
        return findByIdOptional(id);
    }

    /** The case still acting on the domain, if any: at most one at a time. */
    public static Optional<DisputeCase> activeOn(String domain) {
        return find("domain = ?1 and state not in ?2 order by id desc", domain,
                List.of(DisputeState.REJECTED, DisputeState.CLOSED)).firstResultOptional();
    }

    public static List<DisputeCase> inState(DisputeState state) {
        return list("state = ?1 order by deadline asc nulls last, id", state);
    }

    public static List<DisputeCase> active() {
        return list("state not in ?1 order by deadline asc nulls last, id",
                List.of(DisputeState.REJECTED, DisputeState.CLOSED));
    }
}
