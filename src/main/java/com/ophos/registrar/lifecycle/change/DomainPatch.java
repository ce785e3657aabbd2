package com.ophos.registrar.lifecycle.change;

import com.ophos.registrar.registry.spi.DsData;
import com.ophos.registrar.registry.spi.Glue;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A customer's change of a name, as asked: the full nameserver list wanted (absent = unchanged) with
 * the addresses of those inside the name itself, client statuses to add and remove, DS records to add and remove.
 */
public record DomainPatch(Optional<List<String>> nameservers, List<Glue> glue, Set<String> addStatuses,
                          Set<String> removeStatuses, List<DsData> addDs, List<DsData> removeDs) {
    public DomainPatch {
        glue = List.copyOf(glue);
        nameservers = nameservers == null ? Optional.empty() : nameservers.map(List::copyOf);
        addStatuses = Set.copyOf(addStatuses);
        removeStatuses = Set.copyOf(removeStatuses);
        addDs = List.copyOf(addDs);
        removeDs = List.copyOf(removeDs);
    }
}
