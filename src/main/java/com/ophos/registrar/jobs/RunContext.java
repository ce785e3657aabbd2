package com.ophos.registrar.jobs;

import io.quarkus.narayana.jta.QuarkusTransaction;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;
import org.jboss.logging.Logger;

/**
 * A run in progress, as its {@link RunWork} sees it: the time it runs at, and the one way to work
 * on an item, so that every item is claimed first and every outcome recorded, whatever happens.
 */
public final class RunContext {
    private static final Logger LOG = Logger.getLogger(RunContext.class);

    private final JobRun run;
    private final ItemClaims claims;
    private final RunMetrics metrics;
    private final Clock clock;
    private final String instance;
    private final Duration lease;
    private final Instant startedAt;

    RunContext(JobRun run, ItemClaims claims, RunMetrics metrics, Clock clock, String instance, Duration lease) {
        this.run = run;
        this.claims = claims;
        this.metrics = metrics;
        this.clock = clock;
        this.instance = instance;
        this.lease = lease;
        this.startedAt = Instant.now(clock);
    }

    /** An item of a run: its claim key, the lane (registry) it works in, and the work. */
    public record Item(String key, String lane, Supplier<ItemResult> work) {
    }

    public long runId() {
        return run.id;
    }

    /** The actor a run names in the rows and audit events it writes: {@code scheduler:run-<id>}. */
    public String actor() {
        return "scheduler:run-" + run.id;
    }

    /** The time the run works for: every due date is computed from it, not from the wall clock. */
    public Instant now() {
        return startedAt;
    }

    /** Adds to the run's due count (shown as progress while it runs). */
    public void due(int items) {
        QuarkusTransaction.requiringNew().run(() ->
                JobRun.update("due = due + ?1 where id = ?2", items, run.id));
    }

    /**
     * Claims {@code itemKey} for this run and works on it. An item another instance holds, or one
     * already done in this period, is counted skipped and not touched; a failure of the item is
     * recorded and never stops the run.
     *
     * @return the item's recorded outcome
     */
    public ItemResult item(String itemKey, Supplier<ItemResult> work) {
        Optional<ItemClaims.Refusal> refused = claims.claim(run.kind, run.periodKey, itemKey, run.id, instance,
                Instant.now(clock), lease);
        if (refused.isPresent()) {
            ItemClaims.Refusal by = refused.get();
            ItemResult skipped = ItemResult.skipped(by.state() == ItemClaims.State.CLAIMED
                    ? "claimed by run " + by.runId() + " on " + by.claimedBy()
                    : "already " + by.state().name().toLowerCase() + " by run " + by.runId());
            record(itemKey, skipped, false);
            return skipped;
        }
        ItemResult result;
        try {
            result = work.get();
        } catch (RuntimeException e) {
            LOG.warnf("run %d (%s): item %s failed: %s", run.id, run.kind.path(), itemKey, e.getClass().getName());
            result = ItemResult.failed(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        record(itemKey, result, true);
        return result;
    }

    /**
     * Works on all {@code items} through {@link #item}, concurrently: each lane (a registry) has at
     * most {@code width} items in flight, so a run uses the registry's sessions without queueing
     * more work than they can take. Items of a lane start in list order. Returns once every item
     * has its recorded outcome; only a failure to record one (the database) stops the run.
     */
    public void items(List<Item> items, ToIntFunction<String> width) {
        Map<String, List<Item>> lanes = new LinkedHashMap<>();
        items.forEach(item -> lanes.computeIfAbsent(item.lane(), lane -> new ArrayList<>()).add(item));
        List<ExecutorService> executors = new ArrayList<>();
        List<Future<ItemResult>> started = new ArrayList<>();
        try {
            lanes.forEach((lane, laneItems) -> {
                ExecutorService executor = laneExecutor(lane, Math.max(1, Math.min(width.applyAsInt(lane),
                        laneItems.size())));
                executors.add(executor);
                laneItems.forEach(item -> started.add(executor.submit(() -> item(item.key(), item.work()))));
            });
            for (Future<ItemResult> item : started) {
                item.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("run " + run.id + " interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("run " + run.id + ": an item's outcome was not recorded", e.getCause());
        } finally {
            executors.forEach(ExecutorService::shutdownNow);
        }
    }

    private ExecutorService laneExecutor(String lane, int threads) {
        AtomicInteger count = new AtomicInteger();
        return Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, "run-" + run.id + "-" + lane + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    private void record(String itemKey, ItemResult result, boolean claimed) {
        Instant now = Instant.now(clock);
        QuarkusTransaction.requiringNew().run(() -> {
            if (claimed) {
                claims.settle(run.kind, run.periodKey, itemKey, run.id, ItemClaims.State.valueOf(result.status().name()),
                        now);
            }
            RunOutcome outcome = new RunOutcome();
            outcome.runId = run.id;
            outcome.itemKey = itemKey;
            outcome.outcome = result.status();
            outcome.detail = result.detail();
            outcome.at = now;
            outcome.persist();
            String counter = switch (result.status()) {
                case DONE -> "done";
                case SKIPPED -> "skipped";
                case FAILED -> "failed";
            };
            JobRun.update(counter + " = " + counter + " + 1 where id = ?1", run.id);
        });
        metrics.item(run.kind, result.status());
    }
}
