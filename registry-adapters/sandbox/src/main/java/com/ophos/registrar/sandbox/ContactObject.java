package com.ophos.registrar.sandbox;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** A contact in the registry's store; mutated only under the {@link RegistryState} lock. */
final class ContactObject {
    final String id;
    final String roid;
    final Set<String> statuses = new LinkedHashSet<>();
    String postalType = "loc";
    String name;
    String org;
    final List<String> streets = new ArrayList<>();
    String city;
    String province;
    String postalCode;
    String countryCode;
    String voice;
    String fax;
    String email;
    String authInfo;
    final String sponsor;
    final Instant created;
    Instant updated;
    final Map<String, String> legalEntity = new LinkedHashMap<>();
    boolean individual;

    ContactObject(String id, String roid, String sponsor, Instant created) {
        this.id = id;
        this.roid = roid;
        this.sponsor = sponsor;
        this.created = created;
    }

    ContactSnapshot snapshot() {
        return new ContactSnapshot(id, roid, Set.copyOf(statuses.isEmpty() ? Set.of("ok") : statuses), name,
                Optional.ofNullable(org), city, countryCode, email, Optional.ofNullable(voice), sponsor, created,
                Optional.ofNullable(updated), Map.copyOf(legalEntity), individual);
    }
}
