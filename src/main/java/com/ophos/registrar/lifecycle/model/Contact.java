package com.ophos.registrar.lifecycle.model;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Holder, admin or tech contact of a customer, with the handle each registry gave it. */
@Entity
@Table(name = "contacts")
public class Contact extends PanacheEntityBase {

    public enum Kind { PERSON, ORGANIZATION }

    public enum LegalForm { COMPANY, ASSOCIATION, PUBLIC_BODY, OTHER }

    @Id
    @SequenceGenerator(name = "contacts_seq", sequenceName = "contacts_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "contacts_seq")
    public Long id;

    @Column(name = "customer_id", nullable = false)
    public Long customerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Kind kind;

    @Column(nullable = false)
    public String name;

    public String organization;

    @Column(nullable = false)
    public String email;

    @Column(nullable = false)
    public String phone;

    @Column(nullable = false)
    public String street1;

    public String street2;

    public String street3;

    @Column(nullable = false)
    public String city;

    @Column(name = "postal_code", nullable = false)
    public String postalCode;

    @Column(name = "country_code", nullable = false)
    public String countryCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "legal_form")
    public LegalForm legalForm;

    @Column(name = "legal_siren")
    public String legalSiren;

    @Column(name = "legal_siret")
    public String legalSiret;

    @Column(name = "legal_vat")
    public String legalVat;

    @Column(name = "legal_rna")
    public String legalRna;

    @Column(name = "legal_duns")
    public String legalDuns;

    @Column(name = "legal_trademark")
    public String legalTrademark;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "contact_registry_handles", joinColumns = @JoinColumn(name = "contact_id"))
    @MapKeyColumn(name = "registry_id")
    @Column(name = "handle", nullable = false)
    public Map<String, String> registryHandles = new HashMap<>();

    public boolean isLegalEntity() {
        return legalForm != null;
    }

    public Optional<String> handleAt(String registryId) {
        return Optional.ofNullable(registryHandles.get(registryId));
    }
}
