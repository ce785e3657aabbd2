package com.ophos.registrar.billing.ledger;

import java.time.Instant;
import java.util.Optional;

/** Which of a customer's entries to list: {@code from} inclusive, {@code to} exclusive. */
public record LedgerFilter(long customerId, Optional<Instant> from, Optional<Instant> to,
                           Optional<ChargeKind> kind, Optional<String> domain) {
}
