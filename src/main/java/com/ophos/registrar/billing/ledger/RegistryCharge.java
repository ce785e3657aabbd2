package com.ophos.registrar.billing.ledger;

import com.ophos.registrar.registry.spi.Fee;
import java.time.Instant;

/** A fee a registry charged for a confirmed command, to re-bill at cost. */
public record RegistryCharge(long customerId, String domain, long operationId, String registryId,
                             ChargeKind kind, Fee fee, String clTRID, String svTRID, Instant at) {
}
