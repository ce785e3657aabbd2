package com.ophos.registrar.dispute;

import com.ophos.registrar.registry.spi.Outcome;
import java.util.Optional;

/**
 * A registry step of an R24 move failed. What was confirmed stays on the journal row; running the
 * same move again reconciles with the registry and continues.
 */
public class AccountMoveFailedException extends RuntimeException {
    private final Optional<Long> moveId;
    private final Outcome outcome;

    public AccountMoveFailedException(Optional<Long> moveId, String step, Outcome outcome, String detail) {
        super("registry account move" + moveId.map(id -> " " + id).orElse("") + ", step " + step + ": " + detail);
        this.moveId = moveId;
        this.outcome = outcome;
    }

    public Optional<Long> moveId() {
        return moveId;
    }

    public Outcome outcome() {
        return outcome;
    }
}
