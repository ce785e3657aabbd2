package com.ophos.registrar.lifecycle;

import com.ophos.registrar.lifecycle.model.Contact;
import com.ophos.registrar.registry.spi.ContactCreate;
import com.ophos.registrar.registry.spi.ContactCreated;
import com.ophos.registrar.registry.spi.ContactData;
import com.ophos.registrar.registry.spi.LegalEntity;
import com.ophos.registrar.registry.spi.Outcome;
import com.ophos.registrar.registry.spi.RegistryAdapter;
import com.ophos.registrar.registry.spi.RegistryException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A contact's handle at a registry, creating the contact there the first time a domain of that
 * registry uses it. Our proposed handle is derived from the contact id, so a create whose answer
 * was lost comes back as 2302 for that same handle and is taken as ours.
 */
@ApplicationScoped
public class RegistryContacts {
    private final SecureRandom random = new SecureRandom();

    public String handleAt(RegistryAdapter registry, long contactId, String clTRID, Duration timeout) {
        Contact contact = QuarkusTransaction.requiringNew().call(() -> Contact.<Contact>findById(contactId));
        Optional<String> known = contact.handleAt(registry.registryId());
        if (known.isPresent()) {
            return known.get();
        }
        String proposed = proposedHandle(contactId);
        String handle;
        try {
            ContactCreated created = registry.createContact(
                    new ContactCreate(proposed, dataOf(contact), newAuthInfo(), clTRID)).await().atMost(timeout);
            handle = created.handle();
        } catch (RegistryException e) {
            if (e.outcome() != Outcome.OBJECT_EXISTS) {
                throw e;
            }
            handle = proposed;
        }
        String stored = handle;
        QuarkusTransaction.requiringNew().run(() -> {
            Contact c = Contact.findById(contactId);
            c.registryHandles.put(registry.registryId(), stored);
        });
        return stored;
    }

    /** EPP contact ids are 3..16 characters. */
    static String proposedHandle(long contactId) {
        return "OPH" + contactId;
    }

    static ContactData dataOf(Contact c) {
        List<String> street = new ArrayList<>();
        Stream.of(c.street1, c.street2, c.street3).filter(s -> s != null && !s.isBlank()).forEach(street::add);
        Optional<LegalEntity> legalEntity = c.isLegalEntity()
                ? Optional.of(new LegalEntity(LegalEntity.Form.valueOf(c.legalForm.name()),
                Optional.ofNullable(c.legalSiren), Optional.ofNullable(c.legalSiret), Optional.ofNullable(c.legalVat),
                Optional.ofNullable(c.legalRna), Optional.ofNullable(c.legalDuns),
                Optional.ofNullable(c.legalTrademark)))
                : Optional.empty();
        return new ContactData(ContactData.Kind.valueOf(c.kind.name()), c.name, Optional.ofNullable(c.organization),
                street, c.city, Optional.empty(), c.postalCode, c.countryCode, c.phone, Optional.empty(), c.email,
                legalEntity);
    }

    private String newAuthInfo() {
        byte[] bytes = new byte[12];
        random.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
