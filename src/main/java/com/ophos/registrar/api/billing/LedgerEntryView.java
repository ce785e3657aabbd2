package com.ophos.registrar.api.billing;

import com.ophos.registrar.billing.ledger.LedgerEntry;
import java.time.Instant;

/** A ledger entry as the API shows it: money as exact decimal strings ("8.99"), never floating point. */
public record LedgerEntryView(long id, long customerId, String domain, String kind, String amount, String currency,
                              String vatRate, String vatAmount, String registryId, Long operationId, Long contractId,
                              String clTRID, String svTRID, String reference, Instant createdAt) {

    static LedgerEntryView of(LedgerEntry entry) {
        return new LedgerEntryView(entry.id, entry.customerId, entry.domain, entry.kind.name(),
                entry.amount.toPlainString(), entry.currency, entry.vatRate.stripTrailingZeros().toPlainString(),
                entry.vatAmount.toPlainString(), entry.registryId, entry.operationId, entry.contractId,
                entry.clTRID, entry.svTRID, entry.reference, entry.createdAt);
    }
}
