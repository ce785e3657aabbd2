package com.ophos.registrar.lifecycle.change;

/**
 * What became of a journalled change. {@code DONE}: the registry applied it (now or earlier);
 * {@code PENDING}: 1001, a poll message settles it; {@code REFUSED}: certainly not applied;
 * {@code UNSETTLED}: not known yet, the next attempt reconciles first.
 */
public record ChangeResult(Status status, long operationId, String detail) {

    public enum Status { DONE, PENDING, REFUSED, UNSETTLED }

    public boolean settled() {
        return status != Status.UNSETTLED;
    }
}
