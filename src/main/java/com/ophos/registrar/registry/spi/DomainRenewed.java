package com.ophos.registrar.registry.spi;

import java.time.Instant;

public record DomainRenewed(String name, Instant expiresAt, RegistryReceipt receipt) {
}
