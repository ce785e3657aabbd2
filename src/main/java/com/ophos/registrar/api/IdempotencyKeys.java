package com.ophos.registrar.api;

import com.ophos.registrar.common.InvalidInputException;

/** Every request that changes something carries an Idempotency-Key (1..255 visible ASCII characters). */
final class IdempotencyKeys {
    static final String HEADER = "Idempotency-Key";

    private IdempotencyKeys() {
    }

    static String require(String key) {
        if (key == null || key.isBlank()) {
            throw new InvalidInputException(HEADER, "the Idempotency-Key header is required on this request");
        }
        if (key.length() > 255 || !key.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            throw new InvalidInputException(HEADER, "the Idempotency-Key must be 1 to 255 visible ASCII characters");
        }
        return key;
    }
}
