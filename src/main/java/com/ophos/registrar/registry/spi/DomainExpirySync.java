package com.ophos.registrar.registry.spi;

import java.time.MonthDay;

/**
 * Moves a name's expiry forward to the next {@code expiryDay} (Verisign ConsoliDate), so that a
 * customer's names all expire on one day. Only registries whose policy says
 * {@link RegistryPolicy#expirySync()} take it.
 */
public record DomainExpirySync(String name, MonthDay expiryDay, String clTRID) {
}
