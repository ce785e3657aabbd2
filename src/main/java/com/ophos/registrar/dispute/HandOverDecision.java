package com.ophos.registrar.dispute;

import com.ophos.registrar.common.InvalidInputException;
import java.util.Optional;

/**
 * What the decision says: how to hand over, and to whom. {@code recipient} is the party an auth code
 * is released to; {@code newHolder} the claimant's contact handle at the registry for a holder change.
 */
public record HandOverDecision(HandOverMode mode, Optional<String> recipient, Optional<String> newHolder) {
    public HandOverDecision {
        if (mode == null) {
            throw new InvalidInputException("mode", "hand-over needs a mode: AUTH_CODE, APPROVE_TRANSFER or HOLDER_CHANGE (R3)");
        }
        recipient = recipient == null ? Optional.empty() : recipient.filter(r -> !r.isBlank());
        newHolder = newHolder == null ? Optional.empty() : newHolder.filter(h -> !h.isBlank());
        if (mode == HandOverMode.AUTH_CODE && recipient.isEmpty()) {
            throw new InvalidInputException("recipient", "name the party the decision releases the auth code to (R3)");
        }
        if (mode == HandOverMode.HOLDER_CHANGE && newHolder.isEmpty()) {
            throw new InvalidInputException("newHolder", "a holder change needs the new holder's contact handle (R3)");
        }
    }
}
