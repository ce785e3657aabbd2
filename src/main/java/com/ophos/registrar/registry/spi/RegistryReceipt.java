package com.ophos.registrar.registry.spi;

import java.util.Optional;

/** The registry's answer to a transform: result code and message, transaction ids, fee charged. */
public record RegistryReceipt(int resultCode, String message, String clTRID, String svTRID,
                              Optional<Fee> fee) {
    public RegistryReceipt {
        fee = fee == null ? Optional.empty() : fee;
    }

    /** 1001: the registry will settle the command later through a poll message. */
    public boolean pending() { return resultCode == 1001; }
}
