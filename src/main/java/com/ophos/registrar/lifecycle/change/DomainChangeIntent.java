package com.ophos.registrar.lifecycle.change;

import com.ophos.registrar.registry.spi.DsData;
import com.ophos.registrar.registry.spi.Glue;
import java.util.List;
import java.util.Set;

/**
 * A journalled domain:update, validated: what to add and remove, and, for a new transfer secret,
 * the secret sealed ({@link com.ophos.registrar.common.crypto.SecretBox}) so the journal never holds it
 * in clear. Every resend carries exactly these changes.
 */
public record DomainChangeIntent(String name, Long customerId, List<String> addNameservers, List<Glue> glue,
                                 List<String> removeNameservers, Set<String> addStatuses, Set<String> removeStatuses,
                                 List<DsData> addDs, List<DsData> removeDs, String authInfoSealed) {
    public DomainChangeIntent {
        addNameservers = List.copyOf(addNameservers);
        glue = glue == null ? List.of() : List.copyOf(glue);
        removeNameservers = List.copyOf(removeNameservers);
        addStatuses = Set.copyOf(addStatuses);
        removeStatuses = Set.copyOf(removeStatuses);
        addDs = List.copyOf(addDs);
        removeDs = List.copyOf(removeDs);
    }

    /** Whether an info query can tell that the change was applied (a transfer secret is not shown). */
    boolean observable() {
        return !addNameservers.isEmpty() || !removeNameservers.isEmpty() || !addStatuses.isEmpty()
                || !removeStatuses.isEmpty() || !addDs.isEmpty() || !removeDs.isEmpty();
    }
}
