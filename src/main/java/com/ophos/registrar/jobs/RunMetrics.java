package com.ophos.registrar.jobs;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;

/** Run metrics: items by outcome, run durations and registry drifts found by reconciliation. */
@ApplicationScoped
public class RunMetrics {
    private final MeterRegistry registry;

    RunMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void item(RunKind kind, ItemResult.Status status) {
        registry.counter("registrar.run.items", "kind", kind.path(), "outcome", status.name().toLowerCase()).increment();
    }

    void run(RunKind kind, JobRun.State state, Duration took) {
        Timer.builder("registrar.run.duration").tag("kind", kind.path()).tag("state", state.name().toLowerCase())
                .register(registry).record(took);
    }

    public void drift(String registryId, String field) {
        registry.counter("registrar.domain.drift", "registry", registryId, "field", field).increment();
    }
}
