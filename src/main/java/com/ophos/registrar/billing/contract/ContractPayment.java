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
import java.math.BigDecimal;
import java.time.Instant;

/** A payment received for a contract, identified by the payment provider's or bank's reference. */
@Entity
@Table(name = "contract_payment")
public class ContractPayment extends PanacheEntityBase {

    @Id
    @SequenceGenerator(name = "contract_payment_seq", sequenceName = "contract_payment_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "contract_payment_seq")
    public Long id;

    @Column(name = "contract_id", nullable = false)
    public long contractId;

    @Column(nullable = false, precision = 19, scale = 2)
    public BigDecimal amount;

    @Column(nullable = false)
    public String currency;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PaymentMethod method;

    @Column(nullable = false)
    public String reference;

    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;
}
