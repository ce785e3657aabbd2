package com.ophos.registrar.lifecycle.restore;

import com.ophos.registrar.lifecycle.DeletionIntent;
import java.math.BigDecimal;

/**
 * A journalled RGP restore: the name, its customer, the delete it undoes with what that delete kept
 * of the name's row, the reason sent in the restore report, and the fee quoted when the request was
 * accepted (echoed by every send; null when neither the registry nor a tariff priced it).
 */
public record RestoreIntent(String name, long customerId, long deleteOperationId, DeletionIntent.Held held,
                            String reason, BigDecimal expectedFee, String expectedCurrency) {
}
