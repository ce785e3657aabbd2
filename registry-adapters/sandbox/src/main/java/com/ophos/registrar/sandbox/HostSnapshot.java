package com.ophos.registrar.sandbox;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/** A host object as the registry holds it. */
public record HostSnapshot(String name, String roid, Set<String> statuses, List<String> addresses,
                           String sponsorClientId, Instant created) {
}
