package com.ophos.registrar.dispute;

import java.util.Optional;

/** The case after an action, and the auth code a hand-over released: shown once, never stored in clear. */
public record ActionResult(DisputeCase disputeCase, Optional<String> authCode) {
    @Override
    public String toString() {
        return "ActionResult[case=" + disputeCase.id + ", authCode=" + (authCode.isPresent() ? "***" : "none") + "]";
    }
}
