package com.ophos.registrar.lifecycle;

import com.ophos.registrar.lifecycle.model.Contact;
import com.ophos.registrar.registry.spi.ContactData;
import com.ophos.registrar.registry.spi.LegalEntity;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Everything a contact says about its holder, admin or tech person or organisation, as one value: what
 * a contact change journals as its intent and writes back once the registries hold it.
 */
public record ContactDetails(Contact.Kind kind, String name, String organization, String email, String phone,
                             List<String> street, String city, String postalCode, String countryCode,
                             Contact.LegalForm legalForm, String siren, String siret, String vat, String rna,
                             String duns, String trademark) {

    public ContactDetails {
        street = List.copyOf(street);
    }

    public static ContactDetails of(Contact c) {
        List<String> street = new ArrayList<>();
        Stream.of(c.street1, c.street2, c.street3).filter(Objects::nonNull).forEach(street::add);
        return new ContactDetails(c.kind, c.name, c.organization, c.email, c.phone, street, c.city, c.postalCode,
                c.countryCode, c.legalForm, c.legalSiren, c.legalSiret, c.legalVat, c.legalRna, c.legalDuns,
                c.legalTrademark);
    }

    public static ContactDetails of(NewContact c) {
        Optional<NewContact.LegalEntityIds> le = c.legalEntity();
        return new ContactDetails(c.kind(), c.name().strip(), c.organization().map(String::strip).orElse(null),
                c.email().strip(), c.phone(), c.street(), c.city().strip(), c.postalCode().strip(),
                c.countryCode().toUpperCase(Locale.ROOT), le.map(NewContact.LegalEntityIds::form).orElse(null),
                le.flatMap(NewContact.LegalEntityIds::siren).orElse(null),
                le.flatMap(NewContact.LegalEntityIds::siret).orElse(null),
                le.flatMap(NewContact.LegalEntityIds::vat).orElse(null),
                le.flatMap(NewContact.LegalEntityIds::rna).orElse(null),
                le.flatMap(NewContact.LegalEntityIds::duns).orElse(null),
                le.flatMap(NewContact.LegalEntityIds::trademark).orElse(null));
    }

    /** R1 looks at this: an organisation with its identifiers. */
    public boolean describesALegalEntity() {
        return kind == Contact.Kind.ORGANIZATION && legalForm != null;
    }

    /**
     * Who the contact is, as opposed to how to reach it: name, organisation and legal identifiers. A
     * registry that treats a holder's identity as the domain's ownership (AFNIC) calls a change of it a
     * holder change.
     */
    public boolean sameIdentityAs(ContactDetails other) {
        return kind == other.kind && name.equals(other.name) && Objects.equals(organization, other.organization)
                && legalForm == other.legalForm && Objects.equals(siren, other.siren)
                && Objects.equals(siret, other.siret) && Objects.equals(vat, other.vat)
                && Objects.equals(rna, other.rna) && Objects.equals(duns, other.duns)
                && Objects.equals(trademark, other.trademark);
    }

    public void applyTo(Contact c) {
        c.kind = kind;
        c.name = name;
        c.organization = organization;
        c.email = email;
        c.phone = phone;
        c.street1 = street.get(0);
        c.street2 = street.size() > 1 ? street.get(1) : null;
        c.street3 = street.size() > 2 ? street.get(2) : null;
        c.city = city;
        c.postalCode = postalCode;
        c.countryCode = countryCode;
        c.legalForm = legalForm;
        c.legalSiren = siren;
        c.legalSiret = siret;
        c.legalVat = vat;
        c.legalRna = rna;
        c.legalDuns = duns;
        c.legalTrademark = trademark;
    }

    public ContactData toRegistryData() {
        Optional<LegalEntity> legalEntity = legalForm == null ? Optional.empty()
                : Optional.of(new LegalEntity(LegalEntity.Form.valueOf(legalForm.name()), Optional.ofNullable(siren),
                Optional.ofNullable(siret), Optional.ofNullable(vat), Optional.ofNullable(rna),
                Optional.ofNullable(duns), Optional.ofNullable(trademark)));
        return new ContactData(ContactData.Kind.valueOf(kind.name()), name, Optional.ofNullable(organization),
                street, city, Optional.empty(), postalCode, countryCode, phone, Optional.empty(), email, legalEntity);
    }
}
