package com.ophos.registrar.api;

import com.ophos.registrar.lifecycle.model.Operation;
import java.time.Instant;
import java.util.Locale;

/** Operation shape of API v1: {@code {"id","kind","state","domain","result":{…},"createdAt","updatedAt"}}. */
public record OperationJson(long id, String kind, String state, String domain, Result result, String clTRID,
                            String requestedBy, int attempts, Instant createdAt, Instant updatedAt,
                            Instant startedAt, Instant finishedAt) {

    /** The registry's answer; all null until one was read. */
    public record Result(Integer code, String message, String svTRID) {
    }

    static OperationJson of(Operation op) {
        return new OperationJson(op.id, op.kind.name().toLowerCase(Locale.ROOT).replace('_', '-'),
                op.state.name().toLowerCase(Locale.ROOT), op.domain,
                new Result(op.resultCode, op.resultMessage, op.svTRID), op.clTRID, op.principal, op.attempts,
                op.createdAt, op.updatedAt, op.startedAt, op.finishedAt);
    }
}
