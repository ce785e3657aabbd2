package com.ophos.registrar.registry.spi;

/** The registry's handle for the new contact (AFNIC assigns its own) and the receipt. */
public record ContactCreated(String handle, RegistryReceipt receipt) {
}
