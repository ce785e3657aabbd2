package com.ophos.registrar.sandbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicReference;

/** The registry's clock: real time plus an offset tests move forward to cross grace periods. */
public final class SandboxClock extends Clock {
    private final Clock base;
    private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

    public SandboxClock(Clock base) {
        this.base = base;
    }

    public void advance(Duration duration) {
        offset.accumulateAndGet(duration, Duration::plus);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the registry runs on UTC");
    }

    @Override
    public Instant instant() {
        // EPP dates carry milliseconds; keeping no more makes what is stored equal what is sent
        return base.instant().plus(offset.get()).truncatedTo(ChronoUnit.MILLIS);
    }
}
