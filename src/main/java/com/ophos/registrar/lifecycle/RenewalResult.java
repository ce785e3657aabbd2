package com.ophos.registrar.lifecycle;

import java.time.Instant;

/**
 * What became of a renewal. {@code RENEWED}: the registry applied it (now or earlier) and
 * {@code expiresAt} is its expiry read back; {@code PENDING}: 1001, a poll message will settle it;
 * {@code REFUSED}: certainly not applied; {@code UNSETTLED}: the outcome could not be established yet.
 */
public record RenewalResult(Status status, long operationId, Instant expiresAt, String detail) {

    public enum Status { RENEWED, PENDING, REFUSED, UNSETTLED }

    public boolean renewed() {
        return status == Status.RENEWED;
    }
}
