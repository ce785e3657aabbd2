package com.ophos.registrar.sandbox;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

/** Ends a pending transfer and tells both registrars through their poll queues. */
final class TransferSettlement {

    private TransferSettlement() {
    }

    /** @param status clientApproved or serverApproved */
    static void complete(RegistryState state, DomainObject domain, String status, Instant now) {
        PendingTransfer transfer = domain.pendingTransfer;
        domain.expires = domain.expires.atZone(ZoneOffset.UTC).plusYears(transfer.years()).toInstant();
        domain.sponsor = transfer.gainingClientId();
        domain.transferred = now;
        domain.pendingTransfer = null;
        notifyBoth(state, domain, transfer, status, now);
    }

    /** @param status clientRejected, clientCancelled */
    static void abandon(RegistryState state, DomainObject domain, String status, Instant now) {
        PendingTransfer transfer = domain.pendingTransfer;
        domain.pendingTransfer = null;
        notifyBoth(state, domain, transfer, status, now);
    }

    private static void notifyBoth(RegistryState state, DomainObject domain, PendingTransfer transfer,
                                   String status, Instant now) {
        PollMessage.TransferNotice notice = new PollMessage.TransferNotice(domain.name, status,
                transfer.gainingClientId(), transfer.requested(), transfer.losingClientId(), now, domain.expires);
        String text = "Transfer " + status + " for " + domain.name;
        state.enqueue(transfer.gainingClientId(), now, text, Optional.of(notice), Optional.empty());
        state.enqueue(transfer.losingClientId(), now, text, Optional.of(notice), Optional.empty());
    }
}
