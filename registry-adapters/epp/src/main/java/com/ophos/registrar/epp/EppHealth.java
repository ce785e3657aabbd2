package com.ophos.registrar.epp;

/**
 * The pool as the adapter's health check sees it. {@code effectiveMax} is below {@code max} after the
 * registry answered 2502 (session limit).
 */
public record EppHealth(String registryId, boolean up, int sessionsOpen, int sessionsBusy, int max,
                        int effectiveMax, int queued, String detail) {
}
