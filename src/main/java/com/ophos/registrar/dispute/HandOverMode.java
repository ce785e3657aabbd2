package com.ophos.registrar.dispute;

/** The three ways a decision hands a domain over (R3). */
public enum HandOverMode {
    /** A fresh auth code is set at the registry and released to the named party. */
    AUTH_CODE,
    /** The transfer the claimant's registrar already requested is approved. */
    APPROVE_TRANSFER,
    /** The registry's forced holder change (AFNIC {@code recover}) to the claimant's contact handle. */
    HOLDER_CHANGE
}
