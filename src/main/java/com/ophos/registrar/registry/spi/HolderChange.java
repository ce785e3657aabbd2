package com.ophos.registrar.registry.spi;

import java.util.Optional;

/**
 * Give a domain a new holder contact (registry handle). {@code forced} is the support-staff variant
 * (AFNIC {@code recover}) that needs the registry's authorisation rather than the holder's.
 */
public record HolderChange(String name, String newHolder, boolean forced, Optional<String> authInfo,
                           String clTRID) {
    public HolderChange {
        authInfo = authInfo == null ? Optional.empty() : authInfo;
    }

    @Override
    public String toString() {
        return "HolderChange[name=" + name + ", newHolder=" + newHolder + ", forced=" + forced
                + ", clTRID=" + clTRID + "]";
    }
}
