package com.ophos.registrar.sandbox;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** A host object in the registry's store; mutated only under the {@link RegistryState} lock. */
final class HostObject {
    String name;
    final String roid;
    final Set<String> statuses = new LinkedHashSet<>();
    /** With their family (v4/v6), which host:info reports. */
    final List<HostAddress> addresses = new ArrayList<>();
    final String sponsor;
    final Instant created;
    Instant updated;

    HostObject(String name, String roid, String sponsor, Instant created) {
        this.name = name;
        this.roid = roid;
        this.sponsor = sponsor;
        this.created = created;
    }

    record HostAddress(String family, String address) {
    }

    HostSnapshot snapshot() {
        return new HostSnapshot(name, roid, Set.copyOf(statuses.isEmpty() ? Set.of("ok") : statuses),
                addresses.stream().map(HostAddress::address).toList(), sponsor, created);
    }
}
