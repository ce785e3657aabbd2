package com.ophos.registrar.api.dispute;

import com.ophos.registrar.dispute.AccountMove;
import java.time.Instant;

/** An R24 move as the API shows it: the journal row, with the registry's transaction ids. */
public record AccountMoveJson(long id, String domain, String registryId, String fromAccount, String toAccount,
                              String state, String actor, String reason, String requestClTRID,
                              String requestSvTRID, String approveClTRID, String approveSvTRID, String failure,
                              Instant createdAt, Instant finishedAt) {
    static AccountMoveJson of(AccountMove m) {
        return new AccountMoveJson(m.id, m.domain, m.registryId, m.fromAccount, m.toAccount, m.state.name(), m.actor,
                m.reason, m.requestClTRID, m.requestSvTRID, m.approveClTRID, m.approveSvTRID, m.failure, m.createdAt,
                m.finishedAt);
    }
}
