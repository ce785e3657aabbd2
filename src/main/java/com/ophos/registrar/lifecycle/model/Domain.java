package com.ophos.registrar.lifecycle.model;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A name registered through the gateway, as the registry last answered for it. The auth code is
 * stored only encrypted ({@link com.ophos.registrar.common.crypto.SecretBox}).
 */
@Entity
@Table(name = "domains")
public class Domain extends PanacheEntityBase {
    @Id
    @SequenceGenerator(name = "domains_seq", sequenceName = "domains_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "domains_seq")
    public Long id;

    /** A-label, lowercase. */
    @Column(nullable = false, unique = true)
    public String name;

    @Column(name = "unicode_name", nullable = false)
    public String unicodeName;

    @Column(name = "registry_id", nullable = false)
    public String registryId;

    @Column(name = "customer_id", nullable = false)
    public Long customerId;

    @Column(name = "contract_id")
    public Long contractId;

    @Column(name = "holder_contact_id", nullable = false)
    public Long holderContactId;

    @Column(name = "admin_contact_id")
    public Long adminContactId;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "domain_tech_contacts", joinColumns = @JoinColumn(name = "domain_id"))
    @OrderColumn(name = "position")
    @Column(name = "contact_id", nullable = false)
    public List<Long> techContactIds = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "domain_nameservers", joinColumns = @JoinColumn(name = "domain_id"))
    @OrderColumn(name = "position")
    @Column(name = "hostname", nullable = false)
    public List<String> nameservers = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "domain_statuses", joinColumns = @JoinColumn(name = "domain_id"))
    @Column(name = "status", nullable = false)
    public Set<String> statuses = new TreeSet<>();

    @Column(name = "auth_info_encrypted", nullable = false)
    public String authInfoEncrypted;

    @Column(name = "operation_id")
    public Long operationId;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "expires_at")
    public Instant expiresAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public static Optional<Domain> byName(String aLabel) {
        return find("name", aLabel).firstResultOptional();
    }
}
