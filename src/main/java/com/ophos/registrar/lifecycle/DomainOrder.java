package com.ophos.registrar.lifecycle;

import java.util.List;
import java.util.Optional;

/** A registration as the customer asked for it (contact ids are the gateway's, not registry handles). */
public record DomainOrder(long customerId, String name, int years, long holder, Optional<Long> admin,
                          List<Long> tech, List<String> nameservers, Optional<Long> contractId) {
    public DomainOrder {
        tech = List.copyOf(tech);
        nameservers = List.copyOf(nameservers);
    }
}
