package com.ophos.registrar.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.ophos.registrar.lifecycle.ContactPatch;
import com.ophos.registrar.lifecycle.NewContact;
import com.ophos.registrar.lifecycle.model.Contact;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Contact shapes of API v1 (field names fixed by issue 3). */
public final class ContactJson {
    /**
     * Postal data goes into EPP frames: no control characters (XML 1.0 cannot carry most of them and EPP's
     * normalizedString forbids line breaks and tabs), no surrogate halves or non-characters, and no angle
     * brackets, which no name or address needs and which only ever arrive as markup injection.
     */
    static final String POSTAL_TEXT = "[^\\p{Cc}\\p{Cs}\\x{FFFE}\\x{FFFF}<>]*";
    static final String POSTAL_TEXT_MESSAGE = "no control characters or angle brackets";

    private ContactJson() {
    }

    public enum Kind {
        @JsonProperty("person") PERSON,
        @JsonProperty("organization") ORGANIZATION
    }

    public enum Form {
        @JsonProperty("company") COMPANY,
        @JsonProperty("association") ASSOCIATION,
        @JsonProperty("public-body") PUBLIC_BODY,
        @JsonProperty("other") OTHER
    }

    public record Address(@NotNull @Size(min = 1, max = 3) List<@NotBlank @Size(max = 255)
                          @Pattern(regexp = POSTAL_TEXT, message = POSTAL_TEXT_MESSAGE) String> street,
                          @NotBlank @Size(max = 255)
                          @Pattern(regexp = POSTAL_TEXT, message = POSTAL_TEXT_MESSAGE) String city,
                          @NotBlank @Size(max = 16)
                          @Pattern(regexp = POSTAL_TEXT, message = POSTAL_TEXT_MESSAGE) String postalCode,
                          @NotBlank @Pattern(regexp = "[A-Za-z]{2}", message = "ISO 3166-1 alpha-2 code expected")
                          String countryCode) {
    }

    /** Identifiers of a legal entity; AFNIC checks SIREN/SIRET, RNA (W + 9 digits), DUNS. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record LegalEntity(@NotNull Form form,
                              @Pattern(regexp = "[0-9]{9}", message = "9 digits expected") String siren,
                              @Pattern(regexp = "[0-9]{14}", message = "14 digits expected") String siret,
                              @Pattern(regexp = "[A-Z]{2}[A-Za-z0-9]{2,13}", message = "EU VAT number expected")
                              String vat,
                              @Pattern(regexp = "W[0-9]{9}", message = "RNA number (W + 9 digits) expected") String rna,
                              @Pattern(regexp = "[0-9]{9}", message = "9 digits expected") String duns,
                              @Size(max = 64)
                              @Pattern(regexp = POSTAL_TEXT, message = POSTAL_TEXT_MESSAGE) String trademark) {
    }

    public record Request(@NotNull Long customerId,
                          @NotNull Kind kind,
                          @NotBlank @Size(max = 255)
                          @Pattern(regexp = POSTAL_TEXT, message = POSTAL_TEXT_MESSAGE) String name,
                          @Size(max = 255)
                          @Pattern(regexp = POSTAL_TEXT, message = POSTAL_TEXT_MESSAGE) String organization,
                          @NotBlank @Email @Size(max = 255) String email,
                          @NotBlank @Pattern(regexp = "\\+[0-9]{1,3}\\.[0-9]{1,14}",
                                  message = "EPP form +CC.NUMBER expected, e.g. +33.145678900") String phone,
                          @NotNull @Valid Address address,
                          @Valid LegalEntity legalEntity) {

        NewContact toNewContact() {
            return new NewContact(customerId, Contact.Kind.valueOf(kind.name()), name,
                    Optional.ofNullable(organization).filter(o -> !o.isBlank()), email, phone, address.street(),
                    address.city(), address.postalCode(), address.countryCode(),
                    Optional.ofNullable(legalEntity).map(ContactJson::legalEntityIds));
        }
    }

    /**
     * PATCH body: any subset of the creation fields except the customer, with the same rules; an absent
     * field keeps its value, {@code address} and {@code legalEntity} are replaced whole.
     */
    public record Patch(Kind kind,
                        @Size(min = 1, max = 255)
                        @Pattern(regexp = POSTAL_TEXT, message = POSTAL_TEXT_MESSAGE) String name,
                        @Size(max = 255)
                        @Pattern(regexp = POSTAL_TEXT, message = POSTAL_TEXT_MESSAGE) String organization,
                        @Email @Size(min = 3, max = 255) String email,
                        @Pattern(regexp = "\\+[0-9]{1,3}\\.[0-9]{1,14}",
                                message = "EPP form +CC.NUMBER expected, e.g. +33.145678900") String phone,
                        @Valid Address address,
                        @Valid LegalEntity legalEntity) {

        ContactPatch toPatch() {
            return new ContactPatch(Optional.ofNullable(kind).map(k -> Contact.Kind.valueOf(k.name())),
                    Optional.ofNullable(name).map(String::strip).filter(n -> !n.isEmpty()),
                    Optional.ofNullable(organization), Optional.ofNullable(email), Optional.ofNullable(phone),
                    Optional.ofNullable(address).map(a -> new ContactPatch.Address(a.street(), a.city(),
                            a.postalCode(), a.countryCode())),
                    Optional.ofNullable(legalEntity).map(ContactJson::legalEntityIds));
        }
    }

    private static NewContact.LegalEntityIds legalEntityIds(LegalEntity le) {
        return new NewContact.LegalEntityIds(Contact.LegalForm.valueOf(le.form().name()),
                Optional.ofNullable(le.siren()), Optional.ofNullable(le.siret()), Optional.ofNullable(le.vat()),
                Optional.ofNullable(le.rna()), Optional.ofNullable(le.duns()), Optional.ofNullable(le.trademark()));
    }

    public record View(long id, long customerId, Kind kind, String name, String organization, String email,
                       String phone, Address address, LegalEntity legalEntity, List<String> registryHandles) {
        static View of(Contact c) {
            List<String> street = new ArrayList<>();
            Stream.of(c.street1, c.street2, c.street3).filter(s -> s != null).forEach(street::add);
            LegalEntity legal = c.legalForm == null ? null : new LegalEntity(Form.valueOf(c.legalForm.name()),
                    c.legalSiren, c.legalSiret, c.legalVat, c.legalRna, c.legalDuns, c.legalTrademark);
            List<String> handles = c.registryHandles.entrySet().stream()
                    .map(e -> e.getKey() + ":" + e.getValue()).sorted().toList();
            return new View(c.id, c.customerId, Kind.valueOf(c.kind.name()), c.name, c.organization, c.email,
                    c.phone, new Address(street, c.city, c.postalCode, c.countryCode), legal, handles);
        }
    }
}
