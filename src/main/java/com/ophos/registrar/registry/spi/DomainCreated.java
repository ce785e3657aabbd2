package com.ophos.registrar.registry.spi;

import java.time.Instant;

public record DomainCreated(String name, Instant createdAt, Instant expiresAt, RegistryReceipt receipt) {
}
