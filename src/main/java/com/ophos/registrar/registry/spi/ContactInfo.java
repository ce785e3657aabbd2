package com.ophos.registrar.registry.spi;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** A contact as the registry holds it now (contact:info), to tell whether an update was applied. */
public record ContactInfo(String handle, String name, Optional<String> organization, List<String> street,
                          String city, String postalCode, String countryCode, Optional<String> voice, String email,
                          Optional<Instant> updatedAt) {
    public ContactInfo {
        street = List.copyOf(street);
    }

    /** True when the registry holds exactly the postal data, phone and e-mail of {@code data}. */
    public boolean holds(ContactData data) {
        return name.equals(data.name()) && organization.equals(data.organization()) && street.equals(data.street())
                && city.equals(data.city()) && postalCode.equals(data.postalCode())
                && countryCode.equalsIgnoreCase(data.countryCode()) && voice.equals(Optional.of(data.voice()))
                && email.equalsIgnoreCase(data.email());
    }
}
