package com.ophos.registrar.registry.spi;

/** A registry's connection state as the pool sees it. */
public record RegistryHealth(String registryId, boolean up, int sessionsOpen, int sessionsBusy,
                             int sessionsMax, String detail) {
}
