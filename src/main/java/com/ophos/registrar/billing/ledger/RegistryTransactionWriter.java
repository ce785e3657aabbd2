package com.ophos.registrar.billing.ledger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Optional;

/**
 * Writes registry charges in their own transaction: once a registry confirmed a command its fee is
 * owed whatever happens to the caller's transaction, and a concurrent duplicate surfaces as a
 * unique-key failure of this small transaction only, after which the winner's entry is read back.
 */
@ApplicationScoped
class RegistryTransactionWriter {

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    LedgerEntry insert(LedgerEntry entry) {
        entry.persistAndFlush();
        return entry;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    Optional<LedgerEntry> sameTransaction(String registryId, String svTRID, long operationId, ChargeKind kind) {
        return LedgerEntry.<LedgerEntry>find("registryId = ?1 and svTRID = ?2", registryId, svTRID)
                .firstResultOptional()
                .or(() -> LedgerEntry.<LedgerEntry>find("operationId = ?1 and kind = ?2", operationId, kind)
                        .firstResultOptional());
    }
}
