package com.ophos.registrar.lifecycle;

import com.ophos.registrar.common.ConflictException;
import java.util.List;

/** The caller used an Idempotency-Key again with a different request body. */
public class IdempotencyKeyReusedException extends ConflictException {
    public IdempotencyKeyReusedException() {
        super(null, List.of("Idempotency-Key"),
                "this Idempotency-Key was already used with a different request body");
    }
}
