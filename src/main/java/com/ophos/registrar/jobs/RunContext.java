package com.ophos.registrar.jobs;

import io.quarkus.narayana.jta.QuarkusTransaction;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
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
    /** How often a run's outcomes and counters are written while it works. */
    private static final Duration FLUSH_EVERY = Duration.ofMillis(250);

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
            ItemResult skipped = skipped(refused.get());
            record(List.of(new Recorded(itemKey, skipped, false, Instant.now(clock))));
            return skipped;
        }
        ItemResult result = perform(itemKey, work);
        record(List.of(new Recorded(itemKey, result, true, Instant.now(clock))));
        return result;
    }

    /**
     * Works on all {@code items} concurrently: each lane (a registry) has at most {@code width} items
     * in flight, so a run uses the registry's sessions without queueing more work than they can take.
     * Items of a lane are claimed in list order, a few per transaction; their outcomes are written in
     * batches (at least every {@link #FLUSH_EVERY}, so progress shows while the run works) and all of
     * them before this returns. An instance dying with outcomes unwritten leaves those items claimed
     * until the lease runs out; the next run then takes them again, and their flows, journalled per
     * item, do not repeat what was done. Only a failure to claim or record (the database) stops the run.
     */
    public void items(List<Item> items, ToIntFunction<String> width) {
        Map<String, List<Item>> lanes = new LinkedHashMap<>();
        items.forEach(item -> lanes.computeIfAbsent(item.lane(), lane -> new ArrayList<>()).add(item));
        Outcomes outcomes = new Outcomes();
        ScheduledExecutorService flusher = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "run-" + run.id + "-outcomes");
            thread.setDaemon(true);
            return thread;
        });
        flusher.scheduleWithFixedDelay(outcomes::flushQuietly, FLUSH_EVERY.toMillis(), FLUSH_EVERY.toMillis(),
                TimeUnit.MILLISECONDS);
        List<ExecutorService> executors = new ArrayList<>();
        List<Future<?>> workers = new ArrayList<>();
        try {
            lanes.forEach((lane, laneItems) -> {
                int threads = Math.max(1, Math.min(width.applyAsInt(lane), laneItems.size()));
                Lane queue = new Lane(laneItems, threads, outcomes);
                ExecutorService executor = laneExecutor(lane, threads);
                executors.add(executor);
                for (int i = 0; i < threads; i++) {
                    workers.add(executor.submit(() -> {
                        for (Item next = queue.next(); next != null; next = queue.next()) {
                            outcomes.add(new Recorded(next.key(), perform(next.key(), next.work()), true,
                                    Instant.now(clock)));
                        }
                    }));
                }
            });
            for (Future<?> worker : workers) {
                worker.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("run " + run.id + " interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("run " + run.id + ": an item was not claimed or recorded", e.getCause());
        } finally {
            executors.forEach(ExecutorService::shutdownNow);
            flusher.shutdownNow();
            outcomes.flush();
        }
    }

    private ItemResult perform(String itemKey, Supplier<ItemResult> work) {
        try {
            return work.get();
        } catch (RuntimeException e) {
            LOG.warnf("run %d (%s): item %s failed: %s", run.id, run.kind.path(), itemKey, e.getClass().getName());
            return ItemResult.failed(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    private static ItemResult skipped(ItemClaims.Refusal by) {
        return ItemResult.skipped(by.state() == ItemClaims.State.CLAIMED
                ? "claimed by run " + by.runId() + " on " + by.claimedBy()
                : "already " + by.state().name().toLowerCase() + " by run " + by.runId());
    }

    private ExecutorService laneExecutor(String lane, int threads) {
        AtomicInteger count = new AtomicInteger();
        return Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, "run-" + run.id + "-" + lane + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** An item's outcome to be written: settles its claim (when this run held it), a row, a count. */
    private record Recorded(String itemKey, ItemResult result, boolean claimed, Instant at) {
    }

    /** Writes outcomes in one transaction, the run's counters by their sums. */
    private void record(List<Recorded> outcomes) {
        QuarkusTransaction.requiringNew().run(() -> {
            int done = 0;
            int skipped = 0;
            int failed = 0;
            for (Recorded recorded : outcomes) {
                if (recorded.claimed()) {
                    claims.settle(run.kind, run.periodKey, recorded.itemKey(), run.id,
                            ItemClaims.State.valueOf(recorded.result().status().name()), recorded.at());
                }
                RunOutcome outcome = new RunOutcome();
                outcome.runId = run.id;
                outcome.itemKey = recorded.itemKey();
                outcome.outcome = recorded.result().status();
                outcome.detail = recorded.result().detail();
                outcome.at = recorded.at();
                outcome.persist();
                switch (recorded.result().status()) {
                    case DONE -> done++;
                    case SKIPPED -> skipped++;
                    case FAILED -> failed++;
                }
            }
            JobRun.update("done = done + ?1, skipped = skipped + ?2, failed = failed + ?3 where id = ?4",
                    done, skipped, failed, run.id);
        });
        outcomes.forEach(recorded -> metrics.item(run.kind, recorded.result().status()));
    }

    /** The items of one lane not yet worked on, claimed a few at a time as its workers ask for them. */
    private final class Lane {
        private final Iterator<Item> unclaimed;
        private final Deque<Item> claimed = new ArrayDeque<>();
        private final int chunk;
        private final Outcomes outcomes;

        Lane(List<Item> items, int chunk, Outcomes outcomes) {
            this.unclaimed = items.iterator();
            this.chunk = chunk;
            this.outcomes = outcomes;
        }

        /** The next item this run holds the claim of, or null when the lane is done. */
        synchronized Item next() {
            while (claimed.isEmpty() && unclaimed.hasNext()) {
                Map<String, Item> batch = new LinkedHashMap<>();
                List<Item> repeated = new ArrayList<>();
                while (batch.size() < chunk && unclaimed.hasNext()) {
                    Item item = unclaimed.next();
                    if (batch.putIfAbsent(item.key(), item) != null) {
                        repeated.add(item);
                    }
                }
                Instant now = Instant.now(clock);
                claims.claimAll(run.kind, run.periodKey, List.copyOf(batch.keySet()), run.id, instance, now, lease)
                        .forEach((key, refusal) -> {
                            if (refusal.isEmpty()) {
                                claimed.add(batch.get(key));
                            } else {
                                outcomes.add(new Recorded(key, skipped(refusal.get()), false, now));
                            }
                        });
                // A key twice in one lane is worked on once, as a second claim of it would be refused.
                repeated.forEach(item -> outcomes.add(new Recorded(item.key(),
                        ItemResult.skipped("claimed by run " + run.id + " on " + instance), false, now)));
            }
            return claimed.poll();
        }
    }

    /** Outcomes waiting to be written; flushed by the run's timer and once more at its end. */
    private final class Outcomes {
        private final ConcurrentLinkedQueue<Recorded> pending = new ConcurrentLinkedQueue<>();

        void add(Recorded recorded) {
            pending.add(recorded);
        }

        synchronized void flush() {
            List<Recorded> batch = new ArrayList<>();
            for (Recorded next = pending.poll(); next != null; next = pending.poll()) {
                batch.add(next);
            }
            if (batch.isEmpty()) {
                return;
            }
            try {
                record(batch);
            } catch (RuntimeException e) {
                pending.addAll(batch);
                throw e;
            }
        }

        void flushQuietly() {
            try {
                flush();
            } catch (RuntimeException e) {
                LOG.warnf("run %d (%s): outcomes not written yet, retrying: %s", run.id, run.kind.path(),
                        e.getClass().getName());
            }
        }
    }
}
