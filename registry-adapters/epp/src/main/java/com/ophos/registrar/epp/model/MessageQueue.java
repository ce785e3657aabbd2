package com.ophos.registrar.epp.model;

import java.time.Instant;
import java.util.Optional;

/** {@code <msgQ>}: messages waiting, and the oldest one's id, date and text when polled. */
public record MessageQueue(int count, String id, Optional<Instant> queuedAt, Optional<String> message) {
    public MessageQueue {
        queuedAt = queuedAt == null ? Optional.empty() : queuedAt;
        message = message == null ? Optional.empty() : message;
    }
}
