package com.ophos.registrar.jobs;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * What one kind of run does. Implementations list what is due and hand each item to
 * {@link RunContext#item}, which claims it, runs it and records its outcome.
 */
public interface RunWork {

    RunKind kind();

    /**
     * The period a run works for: items are claimed once per period. A UTC day by default, so that
     * a daily run and its reruns share their claims.
     */
    default String periodKey(long runId, Instant now) {
        return LocalDate.ofInstant(now, ZoneOffset.UTC).toString();
    }

    void perform(RunContext run);
}
