package com.ophos.registrar.jobs;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.logging.Logger;

/**
 * Starts runs: on schedule (in the Quartz thread, which the clustered job store gives to one
 * instance) or by hand (recorded at once, executed on this instance's run workers).
 */
@ApplicationScoped
public class RunLauncher {
    private static final Logger LOG = Logger.getLogger(RunLauncher.class);

    private final Map<RunKind, RunWork> works = new EnumMap<>(RunKind.class);
    private final ItemClaims claims;
    private final RunMetrics metrics;
    private final Clock clock;
    private final RunsConfig config;
    private final String instance;
    private final ExecutorService workers;

    @Inject
    RunLauncher(Instance<RunWork> available, ItemClaims claims, RunMetrics metrics, Clock clock, RunsConfig config) {
        this(available, claims, metrics, clock, config, config.instanceId().orElse("gateway-" + UUID.randomUUID()));
    }

    /** A launcher acting as gateway instance {@code instance}; two of them on one database are two instances. */
    RunLauncher(Iterable<RunWork> available, ItemClaims claims, RunMetrics metrics, Clock clock, RunsConfig config,
                String instance) {
        available.forEach(work -> {
            if (works.put(work.kind(), work) != null) {
                throw new IllegalStateException("two implementations of the " + work.kind().path() + " run");
            }
        });
        this.claims = claims;
        this.metrics = metrics;
        this.clock = clock;
        this.config = config;
        this.instance = instance;
        AtomicInteger threads = new AtomicInteger();
        this.workers = Executors.newFixedThreadPool(config.workers(), task -> {
            Thread thread = new Thread(task, "run-worker-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Records a manual run and starts it in the background; the caller follows it by its id. */
    public JobRun launch(RunKind kind, String requestedBy) {
        JobRun run = record(kind, JobRun.Trigger.MANUAL, requestedBy);
        workers.submit(() -> execute(run.id));
        return run;
    }

    /** Records a run and executes it in the calling thread; returns it finished. */
    public JobRun runNow(RunKind kind, JobRun.Trigger trigger, String requestedBy) {
        JobRun run = record(kind, trigger, requestedBy);
        execute(run.id);
        return QuarkusTransaction.requiringNew().call(() -> JobRun.<JobRun>findById(run.id));
    }

    private JobRun record(RunKind kind, JobRun.Trigger trigger, String requestedBy) {
        if (!works.containsKey(kind)) {
            throw new IllegalStateException("no implementation of the " + kind.path() + " run");
        }
        Instant now = Instant.now(clock);
        return QuarkusTransaction.requiringNew().call(() -> {
            JobRun run = new JobRun();
            run.kind = kind;
            run.trigger = trigger;
            run.requestedBy = requestedBy;
            run.state = JobRun.State.QUEUED;
            run.createdAt = now;
            run.periodKey = "";
            run.persist();
            run.periodKey = works.get(kind).periodKey(run.id, now);
            return run;
        });
    }

    void execute(long runId) {
        JobRun run = QuarkusTransaction.requiringNew().call(() -> {
            JobRun found = JobRun.findById(runId);
            found.state = JobRun.State.RUNNING;
            found.instanceId = instance;
            found.startedAt = Instant.now(clock);
            return found;
        });
        long started = System.nanoTime();
        JobRun.State state = JobRun.State.FINISHED;
        String error = null;
        try {
            works.get(run.kind).perform(new RunContext(run, claims, metrics, clock, instance, config.claimLease()));
        } catch (RuntimeException e) {
            LOG.errorf(e, "run %d (%s) stopped", runId, run.kind.path());
            state = JobRun.State.FAILED;
            error = e.getClass().getSimpleName() + ": " + e.getMessage();
        }
        JobRun.State finalState = state;
        String finalError = error;
        QuarkusTransaction.requiringNew().run(() -> {
            JobRun found = JobRun.findById(runId);
            found.state = finalState;
            found.error = finalError;
            found.finishedAt = Instant.now(clock);
        });
        metrics.run(run.kind, finalState, Duration.ofNanos(System.nanoTime() - started));
    }

    @PreDestroy
    void stop() {
        workers.shutdownNow();
    }
}
