package com.ophos.registrar.lifecycle;

import com.ophos.registrar.common.InvalidInputException;
import com.ophos.registrar.common.audit.AuditLog;
import com.ophos.registrar.lifecycle.model.Contact;
import com.ophos.registrar.lifecycle.model.Customer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Records a holder/admin/tech contact of a customer. Registries see it only when a domain first uses
 * it there (RegisterDomain creates it at that registry and keeps the handle).
 */
@ApplicationScoped
public class CreateContact {
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private final AuditLog audit;
    private final Clock clock;

    public CreateContact(AuditLog audit, Clock clock) {
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Contact run(NewContact request, String actor) {
        requireCustomer(request.customerId());
        requireKnownCountry(request.countryCode());
        requireOrganizationNameForOrganizations(request);
        requireLegalEntityOnlyForOrganizations(request);

        Contact contact = new Contact();
        contact.customerId = request.customerId();
        contact.kind = request.kind();
        contact.name = request.name().strip();
        contact.organization = request.organization().map(String::strip).orElse(null);
        contact.email = request.email().strip();
        contact.phone = request.phone();
        contact.street1 = request.street().get(0);
        contact.street2 = request.street().size() > 1 ? request.street().get(1) : null;
        contact.street3 = request.street().size() > 2 ? request.street().get(2) : null;
        contact.city = request.city().strip();
        contact.postalCode = request.postalCode().strip();
        contact.countryCode = request.countryCode().toUpperCase(Locale.ROOT);
        request.legalEntity().ifPresent(le -> {
            contact.legalForm = le.form();
            contact.legalSiren = le.siren().orElse(null);
            contact.legalSiret = le.siret().orElse(null);
            contact.legalVat = le.vat().orElse(null);
            contact.legalRna = le.rna().orElse(null);
            contact.legalDuns = le.duns().orElse(null);
            contact.legalTrademark = le.trademark().orElse(null);
        });
        contact.createdAt = Instant.now(clock);
        contact.persist();
        audit.record(actor, "contact.created", "contact:" + contact.id,
                Map.of("customerId", contact.customerId, "kind", contact.kind.name()));
        return contact;
    }

    private static void requireCustomer(long customerId) {
        if (Customer.findById(customerId) == null) {
            throw new UnknownCustomerException(customerId);
        }
    }

    private static void requireKnownCountry(String countryCode) {
        if (!COUNTRIES.contains(countryCode.toUpperCase(Locale.ROOT))) {
            throw new InvalidInputException("address.countryCode", "not an ISO 3166-1 alpha-2 country code");
        }
    }

    private static void requireOrganizationNameForOrganizations(NewContact request) {
        if (request.kind() == Contact.Kind.ORGANIZATION && request.organization().isEmpty()) {
            throw new InvalidInputException("organization", "an organization contact needs its organization name");
        }
    }

    /** Legal-entity identifiers describe an organisation; on a person they would mislead R1. */
    private static void requireLegalEntityOnlyForOrganizations(NewContact request) {
        if (request.kind() == Contact.Kind.PERSON && request.legalEntity().isPresent()) {
            throw new InvalidInputException("legalEntity", "a person contact cannot carry legal-entity identifiers");
        }
    }
}
