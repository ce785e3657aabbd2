package com.ophos.registrar.lifecycle;

import com.ophos.registrar.common.ConflictException;
import com.ophos.registrar.common.InvalidInputException;
import com.ophos.registrar.common.NotFoundProblem;
import com.ophos.registrar.common.RuleViolationException;
import io.quarkus.runtime.ShutdownEvent;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Drives an accepted operation off the request thread until its outcome is settled. Each attempt is
 * a journalled flow that reconciles before it resends, so repeating an attempt is always safe; this
 * class only decides when to try again (registry down, outcome unknown) and when to stop.
 *
 * <p>An attempt runs on a worker thread; the wait before the next one holds no thread, so a registry
 * that stays down for the whole patience cannot starve the worker pool however many operations wait
 * for it. The timer is this bean's own thread: a JVM-wide one (CompletableFuture's delayer) would
 * hand later attempts the class loader of whichever application started it, and attempts scheduled
 * from an attempt's thread would inherit that attempt's transaction and request contexts.
 */
@ApplicationScoped
public class SettlingAttempts {
    private static final Logger LOG = Logger.getLogger(SettlingAttempts.class);

    private final Clock clock;
    private final Duration interval;
    private final Duration patience;
    private final Executor workers;
    private final ScheduledExecutorService timer;
    private final Set<Settling<?>> waiting = ConcurrentHashMap.newKeySet();

    @Inject
    public SettlingAttempts(Clock clock,
                            @ConfigProperty(name = "registrar.operations.retry-interval", defaultValue = "PT5S")
                            Duration interval,
                            @ConfigProperty(name = "registrar.operations.retry-for", defaultValue = "PT30M")
                            Duration patience) {
        this(clock, interval, patience, Infrastructure.getDefaultWorkerPool());
    }

    SettlingAttempts(Clock clock, Duration interval, Duration patience, Executor workers) {
        this.clock = clock;
        this.interval = interval;
        this.patience = patience;
        this.workers = workers;
        this.timer = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "settling-attempts-timer");
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Runs {@code attempt} until {@code settled} accepts its result or patience runs out (the entry
     * then stays in the journal for the restart resume). A failing attempt (registry unreachable) is
     * retried too; only its last failure completes the future exceptionally.
     */
    public <T> CompletableFuture<T> run(String what, Supplier<T> attempt, Predicate<T> settled) {
        Settling<T> settling = new Settling<>(what, attempt, settled, Instant.now(clock).plus(patience));
        workers.execute(settling::attempt);
        return settling.outcome;
    }

    private final class Settling<T> {
        private final String what;
        private final Supplier<T> attempt;
        private final Predicate<T> settled;
        private final Instant giveUp;
        private final CompletableFuture<T> outcome = new CompletableFuture<>();

        Settling(String what, Supplier<T> attempt, Predicate<T> settled, Instant giveUp) {
            this.what = what;
            this.attempt = attempt;
            this.settled = settled;
            this.giveUp = giveUp;
        }

        void attempt() {
            try {
                T result = null;
                RuntimeException failure = null;
                try {
                    result = attempt.get();
                } catch (RuntimeException e) {
                    if (!retryable(e)) {
                        outcome.completeExceptionally(e);
                        return;
                    }
                    failure = e;
                }
                if (failure == null && settled.test(result)) {
                    outcome.complete(result);
                } else if (Instant.now(clock).isAfter(giveUp)) {
                    if (failure != null) {
                        outcome.completeExceptionally(failure);
                    } else {
                        outcome.complete(result);
                    }
                } else {
                    LOG.debugf("%s not settled yet (%s); next attempt in %s", what,
                            failure == null ? String.valueOf(result) : failure.getClass().getSimpleName(), interval);
                    waiting.add(this);
                    timer.schedule(this::next, interval.toMillis(), TimeUnit.MILLISECONDS);
                }
            } catch (Throwable unexpected) {
                waiting.remove(this);
                outcome.completeExceptionally(unexpected);
            }
        }

        private void next() {
            waiting.remove(this);
            try {
                workers.execute(this::attempt);
            } catch (RejectedExecutionException stopping) {
                outcome.completeExceptionally(stopping);
            }
        }
    }

    /**
     * Ends the waits at shutdown, before the worker pool waits for its threads: whoever waits for an
     * outcome (the start-up resume joins its attempts) is told the gateway is stopping instead of being
     * left blocked. The journal entries stay as they are, for the next start's resume.
     */
    void onShutdown(@Observes ShutdownEvent event) {
        stop();
    }

    void stop() {
        timer.shutdownNow();
        for (Settling<?> settling : waiting) {
            settling.outcome.completeExceptionally(
                    new IllegalStateException("the gateway is stopping; " + settling.what + " resumes at the next start"));
        }
        waiting.clear();
    }

    /** Refusals of the request itself (4xx problems) are final; everything else may be the network. */
    private static boolean retryable(RuntimeException e) {
        return !(e instanceof RuleViolationException
                || e instanceof InvalidInputException
                || e instanceof ConflictException
                || e instanceof NotFoundProblem);
    }
}
