package com.ophos.registrar.sandbox;

import java.time.Instant;

/**
 * A transfer awaiting the losing registrar.
 *
 * @param years     period the gaining registrar asked for, added to the expiry on approval
 * @param actionDue when the server approves it by itself
 */
public record PendingTransfer(String gainingClientId, String losingClientId, Instant requested,
                              Instant actionDue, int years) {
}
