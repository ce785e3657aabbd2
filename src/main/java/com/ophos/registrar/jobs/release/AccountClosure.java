package com.ophos.registrar.jobs.release;

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
import java.util.Optional;

/**
 * R15 at D+1: the account of an ended contract is closed; kept with the zone archive that saved its
 * DNS data (R21) and what became of the name at its registry.
 */
@Entity
@Table(name = "account_closures")
public class AccountClosure extends PanacheEntityBase {

    public enum RegistryOutcome { DELETED, DELETE_PENDING, LET_EXPIRE, NOT_REGISTERED_HERE }

    @Id
    @SequenceGenerator(name = "account_closures_seq", sequenceName = "account_closures_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "account_closures_seq")
    public Long id;

    @Column(name = "contract_id", nullable = false, unique = true)
    public Long contractId;

    @Column(name = "customer_id", nullable = false)
    public Long customerId;

    @Column(nullable = false)
    public String domain;

    @Column(name = "zone_archive_id")
    public Long zoneArchiveId;

    @Enumerated(EnumType.STRING)
    @Column(name = "registry_outcome", nullable = false)
    public RegistryOutcome registryOutcome;

    @Column(name = "closed_at", nullable = false)
    public Instant closedAt;

    public static Optional<AccountClosure> ofContract(long contractId) {
        return find("contractId", contractId).firstResultOptional();
    }
}
