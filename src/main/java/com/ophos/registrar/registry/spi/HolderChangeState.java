package com.ophos.registrar.registry.spi;

import java.time.Instant;
import java.util.Optional;

/** A registry's holder-change procedure for one domain, as the registry reports it. */
public record HolderChangeState(String name, Status status, Optional<String> newHolder,
                                Optional<Instant> requestedAt, RegistryReceipt receipt) {

    public enum Status {
        /** Waiting for the parties' confirmation or the registry's decision. */
        PENDING,
        COMPLETED,
        /** Refused by a party or the registry. */
        REJECTED,
        /** Withdrawn by the registrar. */
        CANCELLED
    }

    public HolderChangeState {
        newHolder = newHolder == null ? Optional.empty() : newHolder;
        requestedAt = requestedAt == null ? Optional.empty() : requestedAt;
    }
}
