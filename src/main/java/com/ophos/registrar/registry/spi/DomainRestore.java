package com.ophos.registrar.registry.spi;

/** RGP restore of a name in redemption; {@code reason} goes into the restore report. */
public record DomainRestore(String name, String reason, String clTRID) {
}
