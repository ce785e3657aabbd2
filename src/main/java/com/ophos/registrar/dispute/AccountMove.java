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
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * R24 journal: one domain moved from one registrar account to another at the same registry. The
 * command in flight ({@code sendingStep}, {@code sendingClTRID}) is written before it is sent; the
 * state says which steps the registry confirmed. Holds no secret: the auth code lives sealed on the
 * domain only.
 */
@Entity
@Table(name = "account_moves")
public class AccountMove extends PanacheEntityBase {

    /**
     * Confirmed so far: nothing, the losing account's fresh auth code, the gaining account's request,
     * the losing account's approval, and DONE once the gaining account sees the name as its own.
     */
    public enum State { OPENED, CODE_SET, REQUESTED, APPROVED, DONE }

    @Id
    @SequenceGenerator(name = "account_moves_seq", sequenceName = "account_moves_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "account_moves_seq")
    public Long id;

    @Column(nullable = false)
    public String domain;

    @Column(name = "registry_id", nullable = false)
    public String registryId;

    @Column(name = "from_account", nullable = false)
    public String fromAccount;

    @Column(name = "to_account", nullable = false)
    public String toAccount;

    @Column(name = "contract_id")
    public Long contractId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public State state;

    @Column(nullable = false)
    public String actor;

    @Column(nullable = false)
    public String reason;

    @Column(name = "sending_step")
    public String sendingStep;

    @Column(name = "sending_cltrid")
    public String sendingClTRID;

    @Column(name = "request_cltrid")
    public String requestClTRID;

    @Column(name = "request_svtrid")
    public String requestSvTRID;

    @Column(name = "approve_cltrid")
    public String approveClTRID;

    @Column(name = "approve_svtrid")
    public String approveSvTRID;

    public String failure;

    /** What the registry charges the gaining account for the transfer: reported, else quoted and echoed. */
    @Column(name = "transfer_fee", precision = 19, scale = 2)
    public BigDecimal transferFee;

    @Column(name = "transfer_currency")
    public String transferCurrency;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "finished_at")
    public Instant finishedAt;

    /** The move of this domain not finished yet, if any: a retry continues it. */
    public static Optional<AccountMove> unfinishedOf(String domain) {
        return find("domain = ?1 and state <> ?2 order by id desc", domain, State.DONE).firstResultOptional();
    }

    public static List<AccountMove> ofDomain(String domain) {
        return list("domain = ?1 order by id", domain);
    }
}
