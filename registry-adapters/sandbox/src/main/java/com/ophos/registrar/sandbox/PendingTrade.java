package com.ophos.registrar.sandbox;

import java.time.Instant;

/**
 * A holder change AFNIC has accepted (1001) but not yet decided: the registry waits for the parties'
 * confirmation. The request's transaction ids go into the poll message that settles it.
 */
record PendingTrade(String newHolder, String requestedBy, Instant requestedAt, String clientTransactionId,
                    String serverTransactionId) {
}
