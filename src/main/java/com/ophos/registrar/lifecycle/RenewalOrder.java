package com.ophos.registrar.lifecycle;

/**
 * Renew {@code domain} by {@code years}. {@code idempotencyKey} names the renewal (e.g. a contract and
 * its term): asking again under it never renews twice.
 */
public record RenewalOrder(String domain, int years, String principal, String idempotencyKey) {
}
