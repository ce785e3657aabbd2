package com.ophos.registrar.billing.contract;

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

/** R8/R20: one suspension of a contract's services, open until resumed. */
@Entity
@Table(name = "contract_suspension")
public class ContractSuspension extends PanacheEntityBase {

    @Id
    @SequenceGenerator(name = "contract_suspension_seq", sequenceName = "contract_suspension_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "contract_suspension_seq")
    public Long id;

    @Column(name = "contract_id", nullable = false)
    public long contractId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public SuspensionReason reason;

    @Column(name = "suspended_at", nullable = false)
    public Instant suspendedAt;

    /** Who suspended: a scheduler run ({@code scheduler:run-<id>}) or the support user. */
    @Column(name = "suspended_by")
    public String suspendedBy;

    @Column(name = "resumed_at")
    public Instant resumedAt;

    @Column(name = "resumed_by")
    public String resumedBy;

    /** The reactivation fee charged on resume (R8). */
    @Column(name = "fee_entry_id")
    public Long feeEntryId;
}
