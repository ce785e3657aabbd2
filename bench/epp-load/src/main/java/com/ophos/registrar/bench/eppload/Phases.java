package com.ophos.registrar.bench.eppload;

import java.time.Duration;
import java.util.concurrent.atomic.LongAdder;

/**
 * Warm-up then a fixed measurement window; counts and CPU times are read at the window's two ends, so
 * set-up, warm-up and draining are never part of a figure.
 */
final class Phases {
    private final Duration warmup;
    private final Duration window;
    private final SandboxProcess sandbox;

    Phases(Duration warmup, Duration window, SandboxProcess sandbox) {
        this.warmup = warmup;
        this.window = window;
        this.sandbox = sandbox;
    }

    /** Answers counted while a point runs: {@code 1000} as success, anything else as an error. */
    static final class Counters {
        final LongAdder answered = new LongAdder();
        final LongAdder errors = new LongAdder();
    }

    private record Snapshot(long answered, long errors, long nanos, long clientCpu, long clientBytes,
                            long sandboxCpu) {
    }

    PointResult measure(String client, int sessions, int pipelineWindow, Counters counters)
            throws InterruptedException {
        Thread.sleep(warmup.toMillis());
        Snapshot start = snapshot(counters);
        Thread.sleep(window.toMillis());
        Snapshot end = snapshot(counters);
        long checks = end.answered - start.answered;
        double perCheck = Math.max(checks, 1) * 1000.0;
        return new PointResult(client, sessions, pipelineWindow, checks, (end.nanos - start.nanos) / 1e9,
                end.errors - start.errors, (end.clientCpu - start.clientCpu) / perCheck,
                (end.clientBytes - start.clientBytes) / (double) Math.max(checks, 1),
                (end.sandboxCpu - start.sandboxCpu) / perCheck, Machine.loadAverage());
    }

    private Snapshot snapshot(Counters counters) {
        return new Snapshot(counters.answered.sum(), counters.errors.sum(), System.nanoTime(),
                Machine.processCpuNanos(), Machine.allocatedBytes(), sandbox.cpuNanos());
    }
}
