package com.ophos.registrar.registry.spi;

import java.util.List;

/** Registry contact handles of a domain. */
public record DomainContacts(String holder, String admin, List<String> tech) {
    public DomainContacts {
        tech = List.copyOf(tech);
    }
}
