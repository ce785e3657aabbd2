package com.ophos.registrar.lifecycle;

import com.ophos.registrar.lifecycle.model.Contact;
import java.util.List;
import java.util.Optional;

/** A contact as validated by the API: formats are checked, cross-field rules are CreateContact's. */
public record NewContact(long customerId, Contact.Kind kind, String name, Optional<String> organization,
                         String email, String phone, List<String> street, String city, String postalCode,
                         String countryCode, Optional<LegalEntityIds> legalEntity) {

    public record LegalEntityIds(Contact.LegalForm form, Optional<String> siren, Optional<String> siret,
                                 Optional<String> vat, Optional<String> rna, Optional<String> duns,
                                 Optional<String> trademark) {
    }

    public NewContact {
        street = List.copyOf(street);
    }
}
