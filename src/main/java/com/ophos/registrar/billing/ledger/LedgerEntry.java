package com.ophos.registrar.billing.ledger;

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
import java.math.BigDecimal;
import java.time.Instant;

/**
 * One line of a customer's account: a registry fee re-billed at cost, a registry credit, a company
 * fee or a contract charge. Amounts exclude tax; {@code vatAmount} is the tax on top. Rows are never
 * updated: a correction is a new entry.
 */
@Entity
@Table(name = "ledger_entry")
public class LedgerEntry extends PanacheEntityBase {

    @Id
    @SequenceGenerator(name = "ledger_entry_seq", sequenceName = "ledger_entry_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ledger_entry_seq")
    public Long id;

    @Column(name = "customer_id", nullable = false)
    public long customerId;

    public String domain;

    @Column(name = "operation_id")
    public Long operationId;

    @Column(name = "registry_id")
    public String registryId;

    @Column(name = "contract_id")
    public Long contractId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ChargeKind kind;

    @Column(nullable = false, precision = 19, scale = 2)
    public BigDecimal amount;

    @Column(nullable = false)
    public String currency;

    @Column(name = "vat_rate", nullable = false, precision = 5, scale = 4)
    public BigDecimal vatRate;

    @Column(name = "vat_amount", nullable = false, precision = 19, scale = 2)
    public BigDecimal vatAmount;

    @Column(name = "cl_trid")
    public String clTRID;

    @Column(name = "sv_trid")
    public String svTRID;

    /** The registry's reference (R19) or, for company and contract entries, what the entry is for. */
    public String reference;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
