package com.ophos.registrar.registry.spi;

import java.util.List;

/** Availability check of A-label names, all routed to this registry; adapters split into batches. */
public record DomainCheck(List<String> names, boolean withFees) {
    public DomainCheck {
        names = List.copyOf(names);
    }
}
