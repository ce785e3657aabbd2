package com.ophos.registrar.registry.spi;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Renew a name. {@code currentExpiry} is always sent (EPP curExpDate), so that a replay of a renewal
 * that was already applied fails with 2306 instead of renewing twice.
 */
public record DomainRenew(String name, LocalDate currentExpiry, int years, Optional<Fee> expectedFee,
                          String clTRID) {
    public DomainRenew {
        expectedFee = expectedFee == null ? Optional.empty() : expectedFee;
    }
}
