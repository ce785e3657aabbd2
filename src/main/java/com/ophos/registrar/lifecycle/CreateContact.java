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
        requireValid(request);

        Contact contact = new Contact();
        contact.customerId = request.customerId();
        ContactDetails.of(request).applyTo(contact);
        contact.createdAt = Instant.now(clock);
        contact.persist();
        audit.record(actor, "contact.created", "contact:" + contact.id,
                Map.of("customerId", contact.customerId, "kind", contact.kind.name()));
        return contact;
    }

    /** The cross-field rules every contact obeys, at creation and after a change. */
    static void requireValid(NewContact request) {
        requireKnownCountry(request.countryCode());
        requireOrganizationNameForOrganizations(request);
        requireLegalEntityOnlyForOrganizations(request);
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
