package com.ophos.registrar.epp;

import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Client transaction ids for commands the journal does not own (queries, hello-free session work):
 * {@code <prefix>-<epoch millis base36>-<counter base36>-<random base36>}, unique within the process
 * (counter) and very likely across processes (random), at most 64 characters (RFC 5730).
 *
 * <p>The random part only separates processes; it guards nothing, so it needs no {@code SecureRandom}
 * (whose synchronised, digest-mixed draw on every command was part of the per-check CPU).
 */
public final class ClTrid {
    private static final AtomicLong COUNTER = new AtomicLong();

    private ClTrid() {
    }

    public static String next(String prefix) {
        String id = prefix + "-" + Long.toString(System.currentTimeMillis(), 36)
                + "-" + Long.toString(COUNTER.incrementAndGet(), 36)
                + "-" + Integer.toString(ThreadLocalRandom.current().nextInt(Integer.MAX_VALUE), 36);
        if (id.length() > 64) {
            throw new IllegalArgumentException("clTRID prefix too long: " + prefix);
        }
        return id;
    }
}
