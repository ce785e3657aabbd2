package com.ophos.registrar.registry.spi;

import java.util.List;
import java.util.Optional;

/**
 * Contact data as registries hold it. {@code voice} is in EPP form ({@code +33.145678900}).
 * {@code legalEntity} is present for organisations that carry identifiers (AFNIC frnic data).
 */
public record ContactData(Kind kind, String name, Optional<String> organization, List<String> street,
                          String city, Optional<String> province, String postalCode, String countryCode,
                          String voice, Optional<String> fax, String email,
                          Optional<LegalEntity> legalEntity) {

    public enum Kind { PERSON, ORGANIZATION }

    public ContactData {
        street = List.copyOf(street);
    }
}
