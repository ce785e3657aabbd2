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
    Optional<LedgerEntry> sameOperation(long operationId, ChargeKind kind) {
        return LedgerEntry.<LedgerEntry>find("operationId = ?1 and kind = ?2", operationId, kind).firstResultOptional();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    Optional<LedgerEntry> sameReference(long customerId, ChargeKind kind, String reference) {
        return LedgerEntry.<LedgerEntry>find("customerId = ?1 and kind = ?2 and reference = ?3", customerId, kind,
                reference).firstResultOptional();
    }

    /** An entry of another operation that the registry reported under the same svTRID. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    Optional<LedgerEntry> otherOperationWith(String registryId, String svTRID, long operationId) {
        return LedgerEntry.<LedgerEntry>find("registryId = ?1 and svTRID = ?2 and operationId <> ?3 order by id",
                registryId, svTRID, operationId).firstResultOptional();
    }
}
