package com.ophos.registrar.lifecycle;

/**
 * A journalled holder change of one domain, part of a contact change ({@code contactChangeId}): the
 * registry's procedure (AFNIC trade) moves the domain to {@code newHolder}, the registry's copy of
 * the contact with its new identity.
 */
public record HolderChangeIntent(long contactChangeId, long contactId, String newHolder) {
}
