package com.ophos.registrar.sandbox;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A contact as the registry holds it.
 *
 * @param legalEntity AFNIC {@code legalEntityInfos}: {@code legalStatus} and each child element's text
 *                    ({@code siren}, {@code VAT}, ...); empty for other contacts
 */
public record ContactSnapshot(String id, String roid, Set<String> statuses, String name, Optional<String> org,
                              String city, String countryCode, String email, Optional<String> voice,
                              String sponsorClientId, Instant created, Optional<Instant> updated,
                              Map<String, String> legalEntity, boolean individual) {
}
