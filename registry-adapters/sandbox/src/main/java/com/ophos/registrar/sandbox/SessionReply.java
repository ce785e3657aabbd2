package com.ophos.registrar.sandbox;

import java.time.Duration;
import java.util.Optional;

/**
 * What the connection does after a frame: send {@code frame} (after {@code delay}), then close if
 * {@code close}; no frame and no close means the server stalls.
 */
record SessionReply(Optional<byte[]> frame, boolean close, Duration delay) {

    static SessionReply answer(byte[] frame, boolean close, Duration delay) {
        return new SessionReply(Optional.of(frame), close, delay);
    }

    static SessionReply dropConnection() {
        return new SessionReply(Optional.empty(), true, Duration.ZERO);
    }

    static SessionReply silence() {
        return new SessionReply(Optional.empty(), false, Duration.ZERO);
    }
}
