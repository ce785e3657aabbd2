package com.ophos.registrar.lifecycle;

import com.ophos.registrar.lifecycle.model.Contact;
import java.util.List;
import java.util.Optional;

/**
 * A partial update of a contact as the API validated it: an absent part keeps its current value; the
 * address and the legal entity are replaced whole. A contact that becomes a person drops its legal
 * identifiers unless the patch names new ones (which CreateContact's rules then refuse).
 */
public record ContactPatch(Optional<Contact.Kind> kind, Optional<String> name, Optional<String> organization,
                           Optional<String> email, Optional<String> phone, Optional<Address> address,
                           Optional<NewContact.LegalEntityIds> legalEntity) {

    public record Address(List<String> street, String city, String postalCode, String countryCode) {
    }

    public boolean isEmpty() {
        return kind.isEmpty() && name.isEmpty() && organization.isEmpty() && email.isEmpty() && phone.isEmpty()
                && address.isEmpty() && legalEntity.isEmpty();
    }

    /** The contact as it would be after the patch, in the shape CreateContact validates. */
    NewContact over(long customerId, ContactDetails current) {
        Contact.Kind newKind = kind.orElse(current.kind());
        Optional<NewContact.LegalEntityIds> currentIds = current.legalForm() == null || newKind == Contact.Kind.PERSON
                ? Optional.empty()
                : Optional.of(new NewContact.LegalEntityIds(current.legalForm(), Optional.ofNullable(current.siren()),
                Optional.ofNullable(current.siret()), Optional.ofNullable(current.vat()),
                Optional.ofNullable(current.rna()), Optional.ofNullable(current.duns()),
                Optional.ofNullable(current.trademark())));
        Address newAddress = address.orElse(new Address(current.street(), current.city(), current.postalCode(),
                current.countryCode()));
        return new NewContact(customerId, newKind, name.orElse(current.name()),
                organization.or(() -> Optional.ofNullable(current.organization())).filter(o -> !o.isBlank()),
                email.orElse(current.email()), phone.orElse(current.phone()), newAddress.street(), newAddress.city(),
                newAddress.postalCode(), newAddress.countryCode(), legalEntity.or(() -> currentIds));
    }
}
