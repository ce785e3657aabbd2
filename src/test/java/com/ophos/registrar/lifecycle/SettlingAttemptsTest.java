package com.ophos.registrar.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.ophos.registrar.common.ConflictException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SettlingAttemptsTest {
    private static final Duration INTERVAL = Duration.ofMillis(20);

    /** One worker thread: an operation waiting for its next attempt must not keep it from others. */
    private final ExecutorService oneWorker = Executors.newSingleThreadExecutor();
    private final List<SettlingAttempts> started = new ArrayList<>();

    @AfterEach
    void stop() {
        started.forEach(SettlingAttempts::stop);
        oneWorker.shutdownNow();
    }

    private SettlingAttempts attempts(Duration patience) {
        SettlingAttempts attempts = new SettlingAttempts(Clock.systemUTC(), INTERVAL, patience, oneWorker);
        started.add(attempts);
        return attempts;
    }

    /** A registry that answers 2400 (or is down) for longer than the test lasts. */
    private static CompletableFuture<String> neverSettling(SettlingAttempts attempts, AtomicInteger tries) {
        return attempts.run("create at a registry that answers 2400",
                () -> "unsettled " + tries.incrementAndGet(), "done"::equals);
    }

    @Test
    void triesAgainUntilTheOutcomeIsSettled() throws Exception {
        AtomicInteger tries = new AtomicInteger();

        String outcome = attempts(Duration.ofMinutes(1))
                .run("renewal", () -> tries.incrementAndGet() < 4 ? "unsettled" : "done", "done"::equals)
                .get(5, TimeUnit.SECONDS);

        assertThat(outcome).isEqualTo("done");
        assertThat(tries).hasValue(4);
    }

    @Test
    void aRegistryThatCannotBeReachedIsTriedAgain() throws Exception {
        AtomicInteger tries = new AtomicInteger();

        String outcome = attempts(Duration.ofMinutes(1)).run("deletion", () -> {
            if (tries.incrementAndGet() < 3) {
                throw new UncheckedIOException(new IOException("connection refused"));
            }
            return "done";
        }, "done"::equals).get(5, TimeUnit.SECONDS);

        assertThat(outcome).isEqualTo("done");
        assertThat(tries).hasValue(3);
    }

    @Test
    void aRefusalOfTheRequestIsFinalAfterOneAttempt() {
        AtomicInteger tries = new AtomicInteger();
        ConflictException refusal = new ConflictException("the name is frozen by a dispute case");

        CompletableFuture<String> outcome = attempts(Duration.ofMinutes(1)).run("update", () -> {
            tries.incrementAndGet();
            throw refusal;
        }, "done"::equals);

        assertThatThrownBy(() -> outcome.get(5, TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class).hasCause(refusal);
        assertThat(tries).hasValue(1);
    }

    @Test
    void whenPatienceRunsOutTheLastAnswerIsReturnedUnsettled() throws Exception {
        AtomicInteger tries = new AtomicInteger();

        String outcome = attempts(Duration.ofMillis(150))
                .run("renewal", () -> "unsettled " + tries.incrementAndGet(), "done"::equals)
                .get(5, TimeUnit.SECONDS);

        assertThat(outcome).isEqualTo("unsettled " + tries.get());
        assertThat(tries.get()).isGreaterThan(1);
    }

    @Test
    void whenPatienceRunsOutTheLastFailureIsThrown() {
        UncheckedIOException down = new UncheckedIOException(new IOException("connection refused"));

        CompletableFuture<String> outcome = attempts(Duration.ofMillis(100)).run("renewal", () -> {
            throw down;
        }, "done"::equals);

        assertThatThrownBy(() -> outcome.get(5, TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class).hasCause(down);
    }

    @Test
    void theWaitBetweenAttemptsHoldsNoThread() throws Exception {
        SettlingAttempts attempts = attempts(Duration.ofMinutes(1));
        AtomicInteger stuckTries = new AtomicInteger();
        CompletableFuture<String> stuck = neverSettling(attempts, stuckTries);

        String other = attempts.run("renewal elsewhere", () -> "done", "done"::equals).get(2, TimeUnit.SECONDS);

        assertThat(other).isEqualTo("done");
        assertThat(stuck).isNotDone();
        TimeUnit.MILLISECONDS.sleep(INTERVAL.toMillis() * 5);
        assertThat(stuckTries.get()).as("the stuck operation keeps being tried").isGreaterThan(1);
    }

    @Test
    void stoppingTheGatewayEndsTheWaitsInsteadOfLeavingTheirCallersBlocked() throws Exception {
        SettlingAttempts attempts = attempts(Duration.ofMinutes(1));
        AtomicInteger tries = new AtomicInteger();
        CompletableFuture<String> waiting = neverSettling(attempts, tries);
        await().until(() -> tries.get() >= 1);
        TimeUnit.MILLISECONDS.sleep(INTERVAL.toMillis() * 2);

        attempts.stop();

        assertThatThrownBy(() -> waiting.get(2, TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class).cause()
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("stopping");
    }
}
