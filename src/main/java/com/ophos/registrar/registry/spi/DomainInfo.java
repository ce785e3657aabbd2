package com.ophos.registrar.registry.spi;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A name as the registry holds it. {@code sponsor} is the sponsoring registrar's client id;
 * {@code ours} tells whether that is the client id this adapter logs in with.
 */
public record DomainInfo(String name, String roid, Set<String> statuses, String sponsor, boolean ours,
                         Optional<DomainContacts> contacts, List<String> nameservers, List<DsData> dsData,
                         Instant createdAt, Optional<Instant> expiresAt, Optional<Instant> updatedAt,
                         Optional<String> rgpStatus) {
    public DomainInfo {
        statuses = Set.copyOf(statuses);
        nameservers = List.copyOf(nameservers);
        dsData = List.copyOf(dsData);
    }
}
