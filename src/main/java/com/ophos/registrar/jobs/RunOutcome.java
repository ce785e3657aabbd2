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

/** What a run did with one item (a domain, a contract's notice, a poll message). */
@Entity
@Table(name = "job_run_outcomes")
public class RunOutcome extends PanacheEntityBase {

    @Id
    @SequenceGenerator(name = "job_run_outcomes_seq", sequenceName = "job_run_outcomes_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "job_run_outcomes_seq")
    public Long id;

    @Column(name = "run_id", nullable = false)
    public Long runId;

    @Column(name = "item_key", nullable = false)
    public String itemKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ItemResult.Status outcome;

    public String detail;

    @Column(nullable = false)
    public Instant at;
}
