package com.ophos.registrar.jobs;

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

/** One run of a scheduled job: who started it, for which period, and its counts so far. */
@Entity
@Table(name = "job_runs")
public class JobRun extends PanacheEntityBase {

    public enum State { QUEUED, RUNNING, FINISHED, FAILED }

    public enum Trigger { SCHEDULE, MANUAL }

    @Id
    @SequenceGenerator(name = "job_runs_seq", sequenceName = "job_runs_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "job_runs_seq")
    public Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RunKind kind;

    /** The business period the run works for (a UTC day); claims are unique per kind and period. */
    @Column(name = "period_key", nullable = false)
    public String periodKey;

    @Enumerated(EnumType.STRING)
    @Column(name = "trigger_kind", nullable = false)
    public Trigger trigger;

    @Column(name = "requested_by", nullable = false)
    public String requestedBy;

    @Column(name = "instance_id")
    public String instanceId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public State state;

    @Column(nullable = false)
    public int due;

    @Column(nullable = false)
    public int done;

    @Column(nullable = false)
    public int skipped;

    @Column(nullable = false)
    public int failed;

    /** Why the run itself stopped (never an item's failure, which only counts). */
    public String error;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "started_at")
    public Instant startedAt;

    @Column(name = "finished_at")
    public Instant finishedAt;
}
