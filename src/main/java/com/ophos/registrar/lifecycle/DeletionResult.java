package com.ophos.registrar.lifecycle;

/**
 * What became of a delete. {@code DELETED}: the registry no longer holds the name for us (deleted
 * now, earlier, or in pendingDelete/redemption); {@code PENDING}: 1001; {@code REFUSED}: certainly
 * not applied; {@code UNSETTLED}: outcome not established yet.
 */
public record DeletionResult(Status status, long operationId, String detail) {

    public enum Status { DELETED, PENDING, REFUSED, UNSETTLED }

    public boolean deleted() {
        return status == Status.DELETED;
    }
}
