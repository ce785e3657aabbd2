package com.ophos.registrar.registry.guard;

import io.smallrye.mutiny.Uni;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.eclipse.microprofile.faulttolerance.exceptions.BulkheadException;

/**
 * The calls one gateway instance lets through to a registry at once: its share of the registry's
 * sessions (the session leases hand it out and move it with every heartbeat) times the commands
 * pipelined per session. SmallRye's bulkhead is fixed when its guard is built, so this one is ours:
 * its width follows the share; calls above it wait in a bounded line, beyond which they are refused.
 * A narrower width lets the calls already through finish and admits no more until they have.
 */
final class SessionBulkhead {
    private final String registryId;
    private final int pipelining;
    private final int queueSize;
    private final Deque<Pass> waiting = new ArrayDeque<>();
    private int width;
    private int inFlight;

    /** One call's place: granted once it may run; given back exactly once, however the call ends. */
    private static final class Pass {
        final CompletableFuture<Void> granted = new CompletableFuture<>();
        final AtomicBoolean returned = new AtomicBoolean();
    }

    SessionBulkhead(String registryId, int sessions, int pipelining, int queueSize) {
        this.registryId = registryId;
        this.pipelining = Math.max(1, pipelining);
        this.queueSize = queueSize;
        this.width = sessions * this.pipelining;
    }

    /** This instance now holds {@code sessions} of the registry's sessions. */
    void share(int sessions) {
        List<Pass> admitted;
        synchronized (this) {
            width = Math.max(0, sessions) * pipelining;
            admitted = admit();
        }
        admitted.forEach(pass -> pass.granted.complete(null));
    }

    synchronized int width() {
        return width;
    }

    <T> Uni<T> run(Supplier<Uni<T>> call) {
        return Uni.createFrom().deferred(() -> {
            Pass pass = enter();
            return Uni.createFrom().completionStage(pass.granted)
                    .onItem().transformToUni(ignored -> call.get())
                    .onTermination().invoke(() -> leave(pass));
        });
    }

    private Pass enter() {
        Pass pass = new Pass();
        synchronized (this) {
            if (inFlight < width) {
                inFlight++;
                pass.granted.complete(null);
            } else if (width > 0 && waiting.size() < queueSize) {
                waiting.add(pass);
            } else {
                // No share at all (every session is another instance's) or a full line: nothing is sent.
                throw new BulkheadException("registry " + registryId + ": " + inFlight + " calls in flight of "
                        + width + ", " + waiting.size() + " waiting");
            }
        }
        return pass;
    }

    private void leave(Pass pass) {
        if (!pass.returned.compareAndSet(false, true)) {
            return;
        }
        List<Pass> admitted;
        synchronized (this) {
            if (!waiting.remove(pass)) {
                inFlight--;
            }
            admitted = admit();
        }
        admitted.forEach(next -> next.granted.complete(null));
    }

    /** Under the lock: the waiting calls that now fit; they are started after it is released. */
    private List<Pass> admit() {
        List<Pass> admitted = new ArrayList<>();
        while (inFlight < width && !waiting.isEmpty()) {
            inFlight++;
            admitted.add(waiting.poll());
        }
        return admitted;
    }
}
