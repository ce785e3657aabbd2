package com.ophos.registrar.jobs.notices;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;

/** R15: a notice of final deletion sent {@code daysBefore} days before a contract ends; one per day. */
@Entity
@Table(name = "termination_notices")
public class TerminationNotice extends PanacheEntityBase {

    @Id
    @SequenceGenerator(name = "termination_notices_seq", sequenceName = "termination_notices_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "termination_notices_seq")
    public Long id;

    @Column(name = "contract_id", nullable = false)
    public Long contractId;

    @Column(name = "customer_id", nullable = false)
    public Long customerId;

    @Column(name = "days_before", nullable = false)
    public int daysBefore;

    @Column(nullable = false)
    public String recipient;

    @Column(nullable = false)
    public String subject;

    @Column(name = "ends_at", nullable = false)
    public Instant endsAt;

    @Column(name = "sent_at", nullable = false)
    public Instant sentAt;

    /** Sent after its day, by the first run after the gateway missed that day (R15 catch-up). */
    @Column(nullable = false)
    public boolean late;

    public static List<TerminationNotice> ofContract(long contractId) {
        return list("contractId = ?1 order by daysBefore desc", contractId);
    }

    static boolean sent(long contractId, int daysBefore) {
        return count("contractId = ?1 and daysBefore = ?2", contractId, daysBefore) > 0;
    }
}
