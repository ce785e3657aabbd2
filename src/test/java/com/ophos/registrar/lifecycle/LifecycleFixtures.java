package com.ophos.registrar.lifecycle;

import com.ophos.registrar.lifecycle.model.Contact;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Customers and contacts made through the real flows, for lifecycle tests. */
@ApplicationScoped
public class LifecycleFixtures {
    private final CreateCustomer createCustomer;
    private final CreateContact createContact;

    public LifecycleFixtures(CreateCustomer createCustomer, CreateContact createContact) {
        this.createCustomer = createCustomer;
        this.createContact = createContact;
    }

    public long customer() {
        return createCustomer.run(new NewCustomer("Dupont SARL", "contact@dupont.example"), "test").id;
    }

    public long company(long customerId) {
        return createContact.run(new NewContact(customerId, Contact.Kind.ORGANIZATION, "Jeanne Martin",
                Optional.of("Dupont SARL"), "jeanne@dupont.example", "+33.145678900", List.of("12 rue de la Paix"),
                "Paris", "75002", "FR", Optional.of(new NewContact.LegalEntityIds(Contact.LegalForm.COMPANY,
                Optional.of("732829320"), Optional.empty(), Optional.of("FR44732829320"), Optional.empty(),
                Optional.empty(), Optional.empty()))), "test").id;
    }

    public long person(long customerId) {
        return createContact.run(new NewContact(customerId, Contact.Kind.PERSON, "Jean Dupont", Optional.empty(),
                "jean@dupont.example", "+33.612345678", List.of("3 place Bellecour"), "Lyon", "69002", "FR",
                Optional.empty()), "test").id;
    }

    public static String uniqueName(String tld) {
        return "example-" + UUID.randomUUID().toString().substring(0, 12) + "." + tld;
    }

    public static DomainOrder order(long customer, String name, long contact) {
        return new DomainOrder(customer, name, 1, contact, Optional.of(contact), List.of(contact),
                List.of("ns1.ophos.example", "ns2.ophos.example"), Optional.empty());
    }
}
