package com.ophos.registrar.billing.ledger;

import com.ophos.registrar.registry.spi.Fee;
import java.time.Instant;

/** The registry's credit for a deletion inside the add grace period; {@code credit} is positive. */
public record RegistryRefund(long customerId, String domain, long operationId, String registryId,
                             Fee credit, String clTRID, String svTRID, Instant at) {
}
