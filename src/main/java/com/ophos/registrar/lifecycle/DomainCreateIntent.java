package com.ophos.registrar.lifecycle;

import java.util.List;

/**
 * What the journal keeps to (re)send a domain create: the validated order in A-label form and the
 * auth code chosen for the name, sealed ({@link com.ophos.registrar.common.crypto.SecretBox}).
 */
public record DomainCreateIntent(long customerId, String name, String unicodeName, int years, long holder,
                                 Long admin, List<Long> tech, List<String> nameservers, Long contractId,
                                 String authInfoSealed) {
    public DomainCreateIntent {
        tech = List.copyOf(tech);
        nameservers = List.copyOf(nameservers);
    }
}
