package com.ophos.registrar.epp.model;

import java.util.Optional;

/** One name or id of a check answer. */
public record CheckItem(String name, boolean available, Optional<String> reason) {
    public CheckItem {
        reason = reason == null ? Optional.empty() : reason;
    }
}
