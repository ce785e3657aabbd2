package com.ophos.registrar.billing.ledger;

import java.util.List;

/** One page of entries, oldest first; {@code page} counts from 0. */
public record LedgerPage(List<LedgerEntry> entries, int page, int size, long total) {
}
