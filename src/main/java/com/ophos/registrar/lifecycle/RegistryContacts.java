package com.ophos.registrar.lifecycle;

import com.ophos.registrar.lifecycle.model.Contact;
import com.ophos.registrar.registry.spi.ContactCreate;
import com.ophos.registrar.registry.spi.ContactCreated;
import com.ophos.registrar.registry.spi.Outcome;
import com.ophos.registrar.registry.spi.RegistryAdapter;
import com.ophos.registrar.registry.spi.RegistryException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;

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
                    new ContactCreate(proposed, ContactDetails.of(contact).toRegistryData(), newAuthInfo(), clTRID)).await().atMost(timeout);
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

    private String newAuthInfo() {
        byte[] bytes = new byte[12];
        random.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
