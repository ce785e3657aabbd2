package com.ophos.registrar.dispute;

/** Why a case exists, which decides the rule it runs under and what it may do. */
public enum DisputeKind {
    /** R3: a third party with serious rights claims the name; may end in a hand-over. */
    THIRD_PARTY_CLAIM("R3"),
    /** R22: illegal content; web access is stopped at once, the name is never handed over. */
    ILLEGAL_CONTENT("R22");

    private final String rule;

    DisputeKind(String rule) {
        this.rule = rule;
    }

    public String rule() {
        return rule;
    }
}
