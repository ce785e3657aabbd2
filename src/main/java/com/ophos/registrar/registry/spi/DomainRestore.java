package com.ophos.registrar.registry.spi;

import java.util.Optional;

/**
 * RGP restore of a name in redemption; {@code reason} goes into the restore report. {@code expectedFee}
 * is the quoted restore price, echoed through the fee extension where the registry offers one.
 */
public record DomainRestore(String name, String reason, Optional<Fee> expectedFee, String clTRID) {
    public DomainRestore {
        expectedFee = expectedFee == null ? Optional.empty() : expectedFee;
    }

    /** Without a quoted fee: the adapter echoes the configured tariff, if any. */
    public DomainRestore(String name, String reason, String clTRID) {
        this(name, reason, Optional.empty(), clTRID);
    }
}
