package com.ophos.registrar.sandbox;

import java.time.Instant;
import java.util.Optional;

/**
 * A message waiting in a registrar's poll queue.
 *
 * @param transfer the transfer state the message reports, as RFC 5731 {@code trnData}
 * @param action   the outcome of an action answered 1001 earlier, as RFC 5731 {@code panData}
 */
public record PollMessage(String id, String clientId, Instant queued, String text, Optional<TransferNotice> transfer,
                          Optional<ActionNotice> action) {

    public record TransferNotice(String domainName, String status, String gainingClientId, Instant requested,
                                 String losingClientId, Instant actionDate, Instant expires) {
    }

    /** @param succeeded RFC 5731 {@code paResult} */
    public record ActionNotice(String domainName, boolean succeeded, String clientTransactionId,
                               String serverTransactionId, Instant date) {
    }
}
