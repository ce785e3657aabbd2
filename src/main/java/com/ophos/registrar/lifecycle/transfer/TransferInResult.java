package com.ophos.registrar.lifecycle.transfer;

/**
 * What became of a transfer in. {@code PENDING}: requested (1001), the losing registrar or the
 * registry's deadline decides; {@code TRANSFERRED}: the name is ours and the customer's;
 * {@code REFUSED}: not requested, or the transfer was rejected or cancelled; {@code UNSETTLED}: not
 * known yet, the next attempt reconciles first.
 */
public record TransferInResult(Status status, long operationId, String detail) {

    public enum Status { PENDING, TRANSFERRED, REFUSED, UNSETTLED }

    /** For the API: a pending transfer is an answer, it is settled later by poll or reconciliation. */
    public boolean answered() {
        return status != Status.UNSETTLED;
    }
}
