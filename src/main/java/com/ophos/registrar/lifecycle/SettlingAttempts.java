package com.ophos.registrar.lifecycle;

import com.ophos.registrar.common.ConflictException;
import com.ophos.registrar.common.InvalidInputException;
import com.ophos.registrar.common.NotFoundProblem;
import com.ophos.registrar.common.RuleViolationException;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Drives an accepted operation off the request thread until its outcome is settled. Each attempt is
 * a journalled flow that reconciles before it resends, so repeating an attempt is always safe; this
 * class only decides when to try again (registry down, outcome unknown) and when to stop.
 */
@ApplicationScoped
public class SettlingAttempts {
    private static final Logger LOG = Logger.getLogger(SettlingAttempts.class);

    private final Clock clock;
    private final Duration interval;
    private final Duration patience;

    public SettlingAttempts(Clock clock,
                            @ConfigProperty(name = "registrar.operations.retry-interval", defaultValue = "PT5S")
                            Duration interval,
                            @ConfigProperty(name = "registrar.operations.retry-for", defaultValue = "PT30M")
                            Duration patience) {
        this.clock = clock;
        this.interval = interval;
        this.patience = patience;
    }

    /**
     * Runs {@code attempt} until {@code settled} accepts its result or patience runs out (the entry
     * then stays in the journal for the restart resume). A failing attempt (registry unreachable) is
     * retried too; only its last failure completes the future exceptionally.
     */
    public <T> CompletableFuture<T> run(String what, Supplier<T> attempt, Predicate<T> settled) {
        return CompletableFuture.supplyAsync(() -> {
            Instant giveUp = Instant.now(clock).plus(patience);
            while (true) {
                T result = null;
                RuntimeException failure = null;
                try {
                    result = attempt.get();
                } catch (RuntimeException e) {
                    if (!retryable(e)) {
                        throw e;
                    }
                    failure = e;
                }
                if (failure == null && settled.test(result)) {
                    return result;
                }
                if (Instant.now(clock).isAfter(giveUp)) {
                    if (failure != null) {
                        throw failure;
                    }
                    return result;
                }
                LOG.debugf("%s not settled yet (%s); next attempt in %s", what,
                        failure == null ? String.valueOf(result) : failure.getClass().getSimpleName(), interval);
                pause();
            }
        }, Infrastructure.getDefaultWorkerPool());
    }

    /** Refusals of the request itself (4xx problems) are final; everything else may be the network. */
    private static boolean retryable(RuntimeException e) {
        return !(e instanceof RuleViolationException
                || e instanceof InvalidInputException
                || e instanceof ConflictException
                || e instanceof NotFoundProblem);
    }

    private void pause() {
        try {
            Thread.sleep(interval.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to retry", e);
        }
    }
}
