package com.ophos.registrar.billing.contract;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** Who did what to a contract, when and why: every support action (R8, R14, R22) leaves one. */
@Entity
@Table(name = "contract_audit")
public class ContractAudit extends PanacheEntityBase {

    @Id
    @SequenceGenerator(name = "contract_audit_seq", sequenceName = "contract_audit_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "contract_audit_seq")
    public Long id;

    @Column(name = "contract_id", nullable = false)
    public long contractId;

    @Column(nullable = false)
    public String action;

    public String rule;

    @Column(nullable = false)
    public String actor;

    @Column(nullable = false)
    public String reason;

    public String detail;

    @Column(name = "acted_at", nullable = false)
    public Instant actedAt;

    static ContractAudit record(long contractId, String action, String rule, String actor, String reason,
                                String detail, Instant at) {
        ContractAudit audit = new ContractAudit();
        audit.contractId = contractId;
        audit.action = action;
        audit.rule = rule;
        audit.actor = actor;
        audit.reason = reason;
        audit.detail = detail;
        audit.actedAt = at;
        audit.persist();
        return audit;
    }
}
