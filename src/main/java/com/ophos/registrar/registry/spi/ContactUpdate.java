package com.ophos.registrar.registry.spi;

/** Replace a contact's data at the registry. */
public record ContactUpdate(String handle, ContactData data, String clTRID) {
}
