package com.ophos.registrar.sandbox;

import io.vertx.core.Context;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Holds answers back for the configured latency, to the microsecond rather than the millisecond. A
 * Vert.x timer takes whole milliseconds and its event loop wakes up to a millisecond later still: a
 * 20 ms latency became 21.6 ms on average, and benchmarks charged those 1.6 ms per command to the
 * gateway. A parked thread wakes within tens of microseconds of its deadline and hands the answer to
 * the connection's own event loop, where every write of that connection happens.
 */
final class AnswerTimer implements AutoCloseable {
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "sandbox-answer-timer");
        thread.setDaemon(true);
        return thread;
    });

    /** Runs {@code answer} on {@code context} once {@link System#nanoTime()} reaches {@code dueNanos}, never before. */
    void at(long dueNanos, Context context, Runnable answer) {
        timer.schedule(() -> context.runOnContext(ignored -> answer.run()), dueNanos - System.nanoTime(),
                TimeUnit.NANOSECONDS);
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
