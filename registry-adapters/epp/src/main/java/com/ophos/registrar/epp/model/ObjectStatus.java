package com.ophos.registrar.epp.model;

import java.util.Optional;

/** An object status ({@code <domain:status s="clientHold">reason</domain:status>}). */
public record ObjectStatus(String value, Optional<String> reason) {
    public ObjectStatus {
        reason = reason == null ? Optional.empty() : reason;
    }
}
