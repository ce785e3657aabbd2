package com.ophos.registrar.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ophos.registrar.common.InvalidInputException;
import com.ophos.registrar.lifecycle.model.Contact;
import com.ophos.registrar.registry.inmemory.InMemoryRegistries;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(InMemoryRegistries.class)
class CreateContactTest {
    @Inject
    CreateContact createContact;
    @Inject
    LifecycleFixtures fixtures;

    private static NewContact organization(long customer, Optional<String> organization,
                                           Optional<NewContact.LegalEntityIds> legalEntity, String country) {
        return new NewContact(customer, Contact.Kind.ORGANIZATION, "Jeanne Martin", organization,
                "jeanne@dupont.example", "+33.145678900", List.of("12 rue de la Paix", "Bâtiment B"), "Paris",
                "75002", country, legalEntity);
    }

    private static final Optional<NewContact.LegalEntityIds> ASSOCIATION = Optional.of(new NewContact.LegalEntityIds(
            Contact.LegalForm.ASSOCIATION, Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.of("W751234567"), Optional.empty(), Optional.empty()));

    @Test
    void storesALegalEntityWithItsIdentifiers() {
        long customer = fixtures.customer();
        Contact created = createContact.run(organization(customer, Optional.of("Les Amis du Quartier"), ASSOCIATION, "fr"),
                "frontend");

        Contact stored = QuarkusTransaction.requiringNew().call(() -> Contact.<Contact>findById(created.id));
        assertThat(stored.customerId).isEqualTo(customer);
        assertThat(stored.isLegalEntity()).isTrue();
        assertThat(stored.legalForm).isEqualTo(Contact.LegalForm.ASSOCIATION);
        assertThat(stored.legalRna).isEqualTo("W751234567");
        assertThat(stored.countryCode).isEqualTo("FR");
        assertThat(stored.street2).isEqualTo("Bâtiment B");
        assertThat(stored.registryHandles).isEmpty();
    }

    @Test
    void refusesAnUnknownCustomer() {
        assertThatThrownBy(() -> createContact.run(organization(987654321L, Optional.of("X"), ASSOCIATION, "FR"), "frontend"))
                .isInstanceOf(UnknownCustomerException.class);
    }

    @Test
    void refusesAnOrganizationWithoutItsName() {
        long customer = fixtures.customer();
        assertThatThrownBy(() -> createContact.run(organization(customer, Optional.empty(), ASSOCIATION, "FR"), "frontend"))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fields()).containsExactly("organization"));
    }

    @Test
    void refusesAnUnknownCountry() {
        long customer = fixtures.customer();
        assertThatThrownBy(() -> createContact.run(organization(customer, Optional.of("X"), ASSOCIATION, "XQ"), "frontend"))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fields()).containsExactly("address.countryCode"));
    }

    @Test
    void refusesLegalIdentifiersOnAPerson() {
        long customer = fixtures.customer();
        NewContact person = new NewContact(customer, Contact.Kind.PERSON, "Jean Dupont", Optional.empty(),
                "jean@dupont.example", "+33.612345678", List.of("3 place Bellecour"), "Lyon", "69002", "FR", ASSOCIATION);
        assertThatThrownBy(() -> createContact.run(person, "frontend"))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fields()).containsExactly("legalEntity"));
    }
}
