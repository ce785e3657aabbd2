package com.ophos.registrar.dispute;

import com.ophos.registrar.common.InvalidInputException;
import java.util.Optional;

/**
 * What the decision says: how to hand over, and to whom. {@code recipient} is the party an auth code
 * is released to; {@code newHolder} the claimant's contact handle at the registry for a holder change,
 * and {@code registryAuthorisation} the code the registry issued for it where it requires one (AFNIC's
 * recover). The authorisation is a secret: never in a log line, an exception or the timeline.
 */
public record HandOverDecision(HandOverMode mode, Optional<String> recipient, Optional<String> newHolder,
                               Optional<String> registryAuthorisation) {
    public HandOverDecision {
        if (mode == null) {
            throw new InvalidInputException("mode", "hand-over needs a mode: AUTH_CODE, APPROVE_TRANSFER or HOLDER_CHANGE (R3)");
        }
        recipient = recipient == null ? Optional.empty() : recipient.filter(r -> !r.isBlank());
        newHolder = newHolder == null ? Optional.empty() : newHolder.filter(h -> !h.isBlank());
        registryAuthorisation = registryAuthorisation == null ? Optional.empty()
                : registryAuthorisation.map(String::strip).filter(a -> !a.isEmpty());
        if (mode == HandOverMode.AUTH_CODE && recipient.isEmpty()) {
            throw new InvalidInputException("recipient", "name the party the decision releases the auth code to (R3)");
        }
        if (mode == HandOverMode.HOLDER_CHANGE && newHolder.isEmpty()) {
            throw new InvalidInputException("newHolder", "a holder change needs the new holder's contact handle (R3)");
        }
    }

    @Override
    public String toString() {
        return "HandOverDecision[mode=" + mode + ", recipient=" + recipient + ", newHolder=" + newHolder + "]";
    }
}
