package com.ophos.registrar.registry.spi;

import java.time.Instant;
import java.util.Optional;

/**
 * A message from the registry's poll queue. When it settles a pending command, {@code clTRID} names
 * that command and {@code settledCode} its final result (1000 = done).
 */
public record PollMessage(String id, Instant queuedAt, String text, int remaining, Optional<String> domain,
                          Optional<String> clTRID, Optional<Integer> settledCode,
                          Optional<TransferState.Status> transferStatus, String rawXml) {
}
