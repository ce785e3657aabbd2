package com.ophos.registrar.registry.spi;

/** Create a contact. {@code handle} is our proposed id; some registries assign their own. */
public record ContactCreate(String handle, ContactData data, String authInfo, String clTRID) {
    @Override
    public String toString() {
        return "ContactCreate[handle=" + handle + ", clTRID=" + clTRID + "]";
    }
}
