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
import java.time.Instant;
import java.util.List;

/**
 * One line of a case's timeline: who did what, when and why, and — for a registry or DNS command —
 * what it answered, with the registry's transaction ids. Never holds a secret.
 */
@Entity
@Table(name = "dispute_steps")
public class DisputeStep extends PanacheEntityBase {

    public enum Outcome { DONE, FAILED }

    @Id
    @SequenceGenerator(name = "dispute_steps_seq", sequenceName = "dispute_steps_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "dispute_steps_seq")
    public Long id;

    @Column(name = "case_id", nullable = false)
    public Long caseId;

    @Column(nullable = false)
    public Instant at;

    @Column(nullable = false)
    public String actor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DisputeAction action;

    /** The registry or DNS command this line is about, e.g. {@code domain:update}; null for the decision itself. */
    public String command;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Outcome outcome;

    public String reason;

    public String detail;

    @Enumerated(EnumType.STRING)
    @Column(name = "state_after", nullable = false)
    public DisputeState stateAfter;

    @Column(name = "result_code")
    public Integer resultCode;

    @Column(name = "result_message")
    public String resultMessage;

    @Column(name = "cltrid")
    public String clTRID;

    @Column(name = "svtrid")
    public String svTRID;

    public static List<DisputeStep> of(long caseId) {
        return list("caseId = ?1 order by at, id", caseId);
    }
}
