package com.ophos.registrar.registry.spi;

import java.time.Instant;
import java.util.Optional;

/** RFC 5731 trStatus and its parties. */
public record TransferState(String name, Status status, String requestingClient, Instant requestedAt,
                            String actingClient, Instant actBy, Optional<Instant> expiresAt,
                            RegistryReceipt receipt) {
    public enum Status { PENDING, CLIENT_APPROVED, CLIENT_CANCELLED, CLIENT_REJECTED, SERVER_APPROVED,
        SERVER_CANCELLED }
}
