package com.ophos.registrar.bench.eppload;

import com.ophos.registrar.epp.ClTrid;
import com.ophos.registrar.epp.EppClient;
import com.ophos.registrar.epp.EppClientConfig;
import com.ophos.registrar.epp.WireLog;
import com.ophos.registrar.epp.model.DomainCommand;
import com.ophos.registrar.epp.model.EppCommand;
import com.ophos.registrar.epp.model.NamestoreExtension;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.vertx.core.Vertx;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Closed loop through the gateway's {@link EppClient} (pool, StAX codec, Vert.x TLS, metrics), as an
 * adapter uses it: each check is a new {@link EppCommand} with its own clTRID. Twice as many checks
 * are kept outstanding as the sessions can carry, so the pool's queue is never empty.
 */
final class PoolLoad {
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final int DISTINCT_NAMES = 100_000;

    private final EppClient client;
    private final Vertx vertx;
    private final Phases.Counters counters = new Phases.Counters();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicLong sequence = new AtomicLong();

    private PoolLoad(EppClient client, Vertx vertx) {
        this.client = client;
        this.vertx = vertx;
    }

    static PointResult run(Vertx vertx, EppClientConfig base, int sessions, int window, Phases phases)
            throws Exception {
        EppClient client = new EppClient(base.withSessions(sessions, window), vertx, new SimpleMeterRegistry(),
                WireLog.off());
        try {
            client.negotiated().await().atMost(WAIT);
            PoolLoad load = new PoolLoad(client, vertx);
            int outstanding = Math.max(2, sessions * window * 2);
            for (int i = 0; i < outstanding; i++) {
                load.inFlight.incrementAndGet();
                load.fire();
            }
            PointResult result = phases.measure("gateway EppClient", sessions, window, load.counters);
            load.drain();
            return result;
        } finally {
            client.close().await().atMost(WAIT);
        }
    }

    private void fire() {
        if (!running.get()) {
            inFlight.decrementAndGet();
            return;
        }
        String name = "pool-" + (sequence.incrementAndGet() % DISTINCT_NAMES) + ".com";
        EppCommand check = EppCommand.of(new DomainCommand.Check(List.of(name)), ClTrid.next("BENCH"),
                new NamestoreExtension("dotCOM"));
        client.execute(check).subscribe().with(response -> {
            if (response.code() == 1000) {
                counters.answered.increment();
            } else {
                counters.errors.increment();
            }
            fire();
        }, failure -> {
            counters.errors.increment();
            // not straight away: a pool refusing at once would otherwise spin
            vertx.setTimer(10, id -> fire());
        });
    }

    private void drain() throws InterruptedException {
        running.set(false);
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (inFlight.get() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
    }
}
