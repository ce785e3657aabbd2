package com.ophos.registrar.registry.spi;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Add/remove nameservers (with {@code glue} for added ones inside the name), client statuses, DS
 * records; optionally set a new auth code.
 */
public record DomainUpdate(String name, List<String> addNameservers, List<Glue> glue,
                           List<String> removeNameservers, Set<String> addStatuses, Set<String> removeStatuses,
                           List<DsData> addDs, List<DsData> removeDs, Optional<String> newAuthInfo, String clTRID) {
    public DomainUpdate {
        addNameservers = List.copyOf(addNameservers);
        glue = glue == null ? List.of() : List.copyOf(glue);
        removeNameservers = List.copyOf(removeNameservers);
        addStatuses = Set.copyOf(addStatuses);
        removeStatuses = Set.copyOf(removeStatuses);
        addDs = List.copyOf(addDs);
        removeDs = List.copyOf(removeDs);
        newAuthInfo = newAuthInfo == null ? Optional.empty() : newAuthInfo;
    }

    /** Without glue: every added nameserver lies outside the name. */
    public DomainUpdate(String name, List<String> addNameservers, List<String> removeNameservers,
                        Set<String> addStatuses, Set<String> removeStatuses, List<DsData> addDs,
                        List<DsData> removeDs, Optional<String> newAuthInfo, String clTRID) {
        this(name, addNameservers, List.of(), removeNameservers, addStatuses, removeStatuses, addDs, removeDs,
                newAuthInfo, clTRID);
    }

    @Override
    public String toString() {
        return "DomainUpdate[name=" + name + ", clTRID=" + clTRID + "]";
    }
}
