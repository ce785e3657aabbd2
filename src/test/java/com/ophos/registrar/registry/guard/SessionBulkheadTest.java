package com.ophos.registrar.registry.guard;

import static org.assertj.core.api.Assertions.assertThat;

import io.smallrye.mutiny.Uni;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.faulttolerance.exceptions.BulkheadException;
import org.junit.jupiter.api.Test;

/**
 * The guard's bulkhead is as wide as this instance's share of the registry's sessions (leases) ×
 * pipelining, and moves with it; not the registry's whole session limit. (That the running gateway's
 * guards follow the leases' heartbeat: {@code SessionLeasesTest}.)
 */
class SessionBulkheadTest {
    private static final Duration WAIT = Duration.ofSeconds(5);

    private final AtomicInteger sent = new AtomicInteger();

    @Test
    void aSmallerShareLetsFewerCallsThrough_thanTheSessionLimitWould() {
        SessionBulkhead bulkhead = new SessionBulkhead("unit", 4, 1, 0);
        assertThat(bulkhead.width()).isEqualTo(4);

        bulkhead.share(1);
        CompletableFuture<String> firstAnswer = new CompletableFuture<>();
        CompletionStage<String> first = bulkhead.run(() -> held(firstAnswer)).subscribeAsCompletionStage();

        assertThat(failureOf(bulkhead.run(this::answered))).isInstanceOf(BulkheadException.class);
        assertThat(sent.get()).as("the refused call never reached the registry").isEqualTo(1);

        firstAnswer.complete("first");
        assertThat(first.toCompletableFuture().join()).isEqualTo("first");
        assertThat(bulkhead.run(this::answered).await().atMost(WAIT)).isEqualTo("answer");
    }

    @Test
    void aLargerShareLetsMoreThrough_pipeliningIncluded() {
        SessionBulkhead bulkhead = new SessionBulkhead("unit", 4, 2, 0);
        bulkhead.share(1);
        assertThat(bulkhead.width()).isEqualTo(2);
        CompletableFuture<String> held = new CompletableFuture<>();
        bulkhead.run(() -> held(held)).subscribeAsCompletionStage();
        bulkhead.run(() -> held(held)).subscribeAsCompletionStage();
        assertThat(failureOf(bulkhead.run(this::answered))).isInstanceOf(BulkheadException.class);

        bulkhead.share(2);

        assertThat(bulkhead.width()).isEqualTo(4);
        assertThat(bulkhead.run(this::answered).await().atMost(WAIT)).isEqualTo("answer");
        held.complete("done");
    }

    @Test
    void aShrunkShareLetsCallsInFlightFinish_andAdmitsWaitingOnesOnlyBelowTheNewWidth() {
        SessionBulkhead bulkhead = new SessionBulkhead("unit", 2, 1, 1);
        CompletableFuture<String> a = new CompletableFuture<>();
        CompletableFuture<String> b = new CompletableFuture<>();
        CompletionStage<String> first = bulkhead.run(() -> held(a)).subscribeAsCompletionStage();
        CompletionStage<String> second = bulkhead.run(() -> held(b)).subscribeAsCompletionStage();
        bulkhead.share(1);
        CompletionStage<String> waiting = bulkhead.run(this::answered).subscribeAsCompletionStage();
        assertThat(failureOf(bulkhead.run(this::answered))).as("the waiting line holds one")
                .isInstanceOf(BulkheadException.class);

        a.complete("a");
        assertThat(first.toCompletableFuture().join()).isEqualTo("a");
        assertThat(waiting.toCompletableFuture().isDone()).as("still one in flight, the new width").isFalse();
        assertThat(sent.get()).isEqualTo(2);

        b.complete("b");
        assertThat(second.toCompletableFuture().join()).isEqualTo("b");
        assertThat(waiting.toCompletableFuture().join()).isEqualTo("answer");
        assertThat(sent.get()).isEqualTo(3);
    }

    @Test
    void noShareAtAll_sendsNothing() {
        SessionBulkhead bulkhead = new SessionBulkhead("unit", 3, 1, 10);
        bulkhead.share(0);

        assertThat(failureOf(bulkhead.run(this::answered))).isInstanceOf(BulkheadException.class);
        assertThat(sent.get()).isZero();

        bulkhead.share(1);
        assertThat(bulkhead.run(this::answered).await().atMost(WAIT)).isEqualTo("answer");
    }

    @Test
    void aCallCancelledWhileWaiting_givesItsPlaceBack() {
        SessionBulkhead bulkhead = new SessionBulkhead("unit", 1, 1, 1);
        CompletableFuture<String> held = new CompletableFuture<>();
        bulkhead.run(() -> held(held)).subscribeAsCompletionStage();
        CompletableFuture<String> gaveUp = bulkhead.run(this::answered).subscribeAsCompletionStage()
                .toCompletableFuture();
        gaveUp.cancel(true);

        CompletionStage<String> next = bulkhead.run(this::answered).subscribeAsCompletionStage();
        held.complete("done");

        assertThat(next.toCompletableFuture().join()).isEqualTo("answer");
        assertThat(sent.get()).as("the cancelled call was never sent").isEqualTo(2);
    }

    private Uni<String> held(CompletableFuture<String> answer) {
        sent.incrementAndGet();
        return Uni.createFrom().completionStage(answer);
    }

    private Uni<String> answered() {
        sent.incrementAndGet();
        return Uni.createFrom().item("answer");
    }

    private static Throwable failureOf(Uni<?> call) {
        try {
            call.await().atMost(WAIT);
        } catch (RuntimeException e) {
            return e;
        }
        throw new AssertionError("the call succeeded");
    }
}
