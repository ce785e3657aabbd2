package com.ophos.registrar.lifecycle.transfer;

import java.math.BigDecimal;
import java.util.List;

/**
 * A journalled transfer request: every resend carries the same auth code (sealed here), years and
 * expected fee (the price quoted when the request was accepted; null when none is known).
 */
public record TransferInIntent(long customerId, String name, String unicodeName, int years, long holder, Long admin,
                               List<Long> tech, String authInfoSealed, BigDecimal expectedFee,
                               String expectedCurrency) {
    public TransferInIntent {
        tech = List.copyOf(tech);
    }
}
