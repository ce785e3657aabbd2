package com.ophos.registrar.epp.session;

import com.ophos.registrar.epp.EppClientConfig;
import com.ophos.registrar.epp.EppConnectionException;
import com.ophos.registrar.epp.EppException;
import com.ophos.registrar.epp.EppHealth;
import com.ophos.registrar.epp.EppLoginException;
import com.ophos.registrar.epp.EppUnavailableException;
import com.ophos.registrar.epp.Negotiated;
import com.ophos.registrar.epp.WireLog;
import com.ophos.registrar.epp.model.EppCommand;
import com.ophos.registrar.epp.model.EppResponse;
import com.ophos.registrar.epp.model.ResultCodes;
import com.ophos.registrar.epp.transport.TlsOptions;
import io.vertx.core.Vertx;
import io.vertx.core.net.NetClient;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.logging.Logger;

/**
 * The sessions of one registry. Sessions open lazily, up to the configured maximum; each carries up to
 * {@code pipelineWindow} commands at once. When all are busy, commands wait in a bounded FIFO queue. A broken session is replaced; failed connects and logins back off
 * exponentially; a command waits at most connect timeout + command timeout for a session. A 2502 (session limit) shrinks the number of sessions the pool opens, and the pool
 * grows back by one per {@code backoffMax} without a further 2502.
 *
 * <p>State is guarded by the pool's monitor; sessions are called and futures completed outside it.
 *
 * <p>A waiting command's deadline is checked by one queue timer (armed while commands wait, re-armed for
 * the earliest deadline when it fires), not by a timer set and cancelled per command.
 */
public final class SessionPool {
    private static final Logger LOG = Logger.getLogger(SessionPool.class);

    private final Vertx vertx;
    private final EppClientConfig config;
    private final WireLog wireLog;
    private final NetClient netClient;
    private final List<Slot> sessions = new ArrayList<>();
    private final Deque<Waiter> waiters = new ArrayDeque<>();
    private final List<CompletableFuture<Negotiated>> negotiationWaiters = new ArrayList<>();
    private final AtomicLong sessionCounter = new AtomicLong();
    private int connecting;
    private int effectiveMax;
    /** This instance's share of an account-wide session limit (DB lease); unlimited without leases. */
    private int share = Integer.MAX_VALUE;
    private long shrunkAtNanos;
    private Duration backoff = Duration.ZERO;
    private long nextConnectNanos;
    private long retryTimer = -1;
    private long queueTimer = -1;
    private long queueTimerDueNanos;
    private String lastFailure = "";
    /** Why the last connect or login failed; the cause of commands that found no session (a 2502 login). */
    private Throwable lastFailureCause;
    private boolean closed;
    private Negotiated lastNegotiated;

    public SessionPool(Vertx vertx, EppClientConfig config, WireLog wireLog) {
        this.vertx = vertx;
        this.config = config;
        this.wireLog = wireLog;
        this.netClient = vertx.createNetClient(TlsOptions.clientOptions(config.tls(), config.connectTimeout()));
        this.effectiveMax = config.maxSessions();
    }

    /** Runs a command on a free session, waiting in line for one if needed. */
    public CompletionStage<EppResponse> execute(EppCommand command) {
        Waiter waiter = new Waiter(command, System.nanoTime() + queueWait().toNanos());
        List<Runnable> actions = new ArrayList<>();
        synchronized (this) {
            if (closed) {
                return CompletableFuture.failedFuture(new EppUnavailableException(
                        "EPP client of " + config.registryId() + " is closed"));
            }
            if (waiters.size() >= config.maxQueued() && freeSlot() == null) {
                return CompletableFuture.failedFuture(new EppUnavailableException(
                        "EPP queue of " + config.registryId() + " is full (" + waiters.size() + " waiting)"));
            }
            waiters.addLast(waiter);
            dispatch(actions);
            if (!waiters.isEmpty() && queueTimer < 0) {
                armQueueTimer(queueWait().toNanos());
            }
        }
        actions.forEach(Runnable::run);
        return waiter.result;
    }

    /** The URIs of the last login, after the first session opened (empty before). */
    public synchronized java.util.Optional<Negotiated> negotiated() {
        return java.util.Optional.ofNullable(lastNegotiated);
    }

    /**
     * What the sessions negotiated, opening a first session if none was ever opened. Fails like a
     * command when no session can be had within the command timeout.
     */
    public CompletionStage<Negotiated> ensureSession() {
        CompletableFuture<Negotiated> result = new CompletableFuture<>();
        List<Runnable> actions = new ArrayList<>();
        synchronized (this) {
            if (lastNegotiated != null) {
                return CompletableFuture.completedFuture(lastNegotiated);
            }
            if (closed) {
                return CompletableFuture.failedFuture(new EppUnavailableException(
                        "EPP client of " + config.registryId() + " is closed"));
            }
            negotiationWaiters.add(result);
            long timer = vertx.setTimer(queueWait().toMillis(), t -> {
                synchronized (this) {
                    negotiationWaiters.remove(result);
                }
                result.completeExceptionally(new EppUnavailableException("no " + config.registryId()
                        + " session within " + queueWait().toMillis() + " ms"));
            });
            result.whenComplete((n, e) -> vertx.cancelTimer(timer));
            maybeConnect(actions);
        }
        actions.forEach(Runnable::run);
        return result;
    }

    public synchronized EppHealth health() {
        int open = 0;
        int busy = 0;
        for (Slot slot : sessions) {
            if (slot.usable()) {
                open++;
                if (slot.inUse > 0) {
                    busy++;
                }
            }
        }
        boolean up = !closed && (open > 0 || lastFailure.isEmpty());
        String detail = closed ? "closed" : lastFailure.isEmpty() ? "ok" : lastFailure;
        return new EppHealth(config.registryId(), up, open, busy, config.maxSessions(), cap(), waiters.size(),
                detail);
    }

    /** Fails waiting commands and logs out every session. */
    public CompletionStage<Void> close() {
        List<Slot> open;
        List<Waiter> abandoned;
        synchronized (this) {
            if (closed) {
                return CompletableFuture.completedFuture(null);
            }
            closed = true;
            if (retryTimer >= 0) {
                vertx.cancelTimer(retryTimer);
            }
            if (queueTimer >= 0) {
                vertx.cancelTimer(queueTimer);
            }
            open = new ArrayList<>(sessions);
            abandoned = new ArrayList<>(waiters);
            waiters.clear();
        }
        for (Waiter w : abandoned) {
            w.result.completeExceptionally(new EppUnavailableException(
                    "EPP client of " + config.registryId() + " closed"));
        }
        CompletableFuture<?>[] logouts = open.stream()
                .map(slot -> slot.session.logout().toCompletableFuture())
                .toArray(CompletableFuture[]::new);
        return CompletableFuture.allOf(logouts)
                .handle((ignored, failure) -> null)
                .thenCompose(ignored -> netClient.close().toCompletionStage())
                .handle((ignored, failure) -> null);
    }

    /**
     * Sets this instance's share of the registry's sessions. Sessions above it are retired: idle ones
     * log out at once, busy ones once their commands are answered; none is opened above the share.
     */
    public void share(int count) {
        List<Slot> idleSurplus = new ArrayList<>();
        synchronized (this) {
            share = Math.max(0, count);
            long surplus = sessions.stream().filter(Slot::usable).count() - cap();
            List<Slot> byLoad = sessions.stream().filter(Slot::usable)
                    .sorted(java.util.Comparator.comparingInt(slot -> slot.inUse)).toList();
            for (int i = 0; i < surplus; i++) {
                Slot slot = byLoad.get(i);
                slot.retiring = true;
                if (slot.inUse == 0) {
                    idleSurplus.add(slot);
                }
            }
        }
        idleSurplus.forEach(slot -> slot.session.logout());
    }

    /** The most sessions this pool opens now: the registry's pushback and the lease both bound it. */
    private int cap() {
        return Math.min(effectiveMax, share);
    }

    // ---- dispatching (called with the monitor held; collects actions to run after) ----------------

    private void dispatch(List<Runnable> actions) {
        while (!waiters.isEmpty()) {
            Slot slot = freeSlot();
            if (slot == null) {
                break;
            }
            Waiter waiter = waiters.pollFirst();
            slot.inUse++;
            actions.add(() -> run(slot, waiter));
        }
        if (!waiters.isEmpty() || !negotiationWaiters.isEmpty()) {
            maybeConnect(actions);
        }
    }

    /** The usable session with the fewest commands in flight, if one has room. */
    private Slot freeSlot() {
        Slot best = null;
        for (Slot slot : sessions) {
            if (slot.usable() && slot.inUse < config.pipelineWindow() && (best == null || slot.inUse < best.inUse)) {
                best = slot;
            }
        }
        return best;
    }

    private void maybeConnect(List<Runnable> actions) {
        growBackAfterQuietPeriod();
        long usable = sessions.stream().filter(Slot::usable).count();
        if (usable + connecting >= cap()) {
            return;
        }
        long now = System.nanoTime();
        if (now < nextConnectNanos) {
            scheduleRetry(nextConnectNanos - now);
            return;
        }
        connecting++;
        String id = "s" + sessionCounter.incrementAndGet();
        actions.add(() -> EppSession.open(vertx, netClient, config, wireLog, id, this::onSessionClosed)
                .whenComplete(this::onOpened));
    }

    private void growBackAfterQuietPeriod() {
        if (effectiveMax < config.maxSessions()
                && System.nanoTime() - shrunkAtNanos > config.backoffMax().toNanos()) {
            effectiveMax++;
            shrunkAtNanos = System.nanoTime();
        }
    }

    private void scheduleRetry(long delayNanos) {
        if (retryTimer >= 0) {
            return;
        }
        retryTimer = vertx.setTimer(Math.max(1, delayNanos / 1_000_000), t -> {
            List<Runnable> actions = new ArrayList<>();
            synchronized (this) {
                retryTimer = -1;
                if (!closed) {
                    dispatch(actions);
                }
            }
            actions.forEach(Runnable::run);
        });
    }

    // ---- events ----------------------------------------------------------------------------------

    private void onOpened(EppSession session, Throwable failure) {
        List<Runnable> actions = new ArrayList<>();
        boolean logoutAtOnce = false;
        synchronized (this) {
            connecting--;
            if (failure != null) {
                onConnectFailure(unwrap(failure));
            } else if (closed) {
                logoutAtOnce = true;
            } else {
                backoff = Duration.ZERO;
                nextConnectNanos = 0;
                lastFailure = "";
                lastFailureCause = null;
                lastNegotiated = session.negotiated();
                sessions.add(new Slot(session));
                List<CompletableFuture<Negotiated>> informed = new ArrayList<>(negotiationWaiters);
                negotiationWaiters.clear();
                Negotiated agreed = lastNegotiated;
                actions.add(() -> informed.forEach(f -> f.complete(agreed)));
            }
            if (!closed) {
                dispatch(actions);
            }
        }
        if (logoutAtOnce) {
            session.logout();
        }
        actions.forEach(Runnable::run);
    }

    private void onConnectFailure(Throwable failure) {
        lastFailure = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
        lastFailureCause = failure;
        if (failure instanceof EppLoginException login && login.resultCode() == ResultCodes.SESSION_LIMIT_EXCEEDED) {
            shrink();
        }
        Duration min = config.backoffMin();
        backoff = backoff.isZero() ? min : backoff.multipliedBy(2);
        if (backoff.compareTo(config.backoffMax()) > 0) {
            backoff = config.backoffMax();
        }
        nextConnectNanos = System.nanoTime() + backoff.toNanos();
        LOG.warnf("%s: no session (%s); next attempt in %d ms", config.registryId(), lastFailure, backoff.toMillis());
    }

    /** The registry said we hold too many sessions: open no more than those still working. */
    private void shrink() {
        long usable = sessions.stream().filter(Slot::usable).count();
        effectiveMax = (int) Math.max(1, Math.min(effectiveMax - 1, usable));
        shrunkAtNanos = System.nanoTime();
    }

    private void onSessionClosed(EppSession session) {
        List<Runnable> actions = new ArrayList<>();
        synchronized (this) {
            Slot slot = sessions.stream().filter(s -> s.session == session).findFirst().orElse(null);
            if (slot == null) {
                return;
            }
            sessions.remove(slot);
            int code = session.closingCode();
            if (code == ResultCodes.SESSION_LIMIT_EXCEEDED) {
                shrink();
            }
            if (code != 0) {
                // 2500-2502: the server wants fewer or no sessions from us for a while.
                onConnectFailure(new EppUnavailableException(config.registryId() + " ended a session with " + code));
            }
            if (!closed) {
                dispatch(actions);
            }
        }
        actions.forEach(Runnable::run);
    }

    private void run(Slot slot, Waiter waiter) {
        slot.session.send(waiter.command).whenComplete((response, failure) -> {
            List<Runnable> actions = new ArrayList<>();
            boolean requeued = false;
            boolean retire;
            synchronized (this) {
                slot.inUse--;
                retire = slot.retiring && slot.inUse == 0;
                if (!closed && failure != null && unwrap(failure) instanceof SessionNotTakingCommandsException) {
                    requeued = requeue(waiter);
                }
                if (!closed) {
                    dispatch(actions);
                }
            }
            actions.forEach(Runnable::run);
            if (retire) {
                slot.session.logout();
            }
            if (requeued) {
                return;
            }
            if (failure != null) {
                waiter.result.completeExceptionally(unwrap(failure));
            } else {
                waiter.result.complete(response);
            }
        });
    }

    /**
     * A command the session refused without writing it (the server was ending that session) goes back to
     * the head of the line, keeping the time it had left; false when that time is up.
     */
    private boolean requeue(Waiter waiter) {
        long left = waiter.deadlineNanos - System.nanoTime();
        if (left <= 0) {
            return false;
        }
        waiters.addFirst(waiter);
        if (queueTimer >= 0 && queueTimerDueNanos - waiter.deadlineNanos > 0) {
            vertx.cancelTimer(queueTimer);
            queueTimer = -1;
        }
        if (queueTimer < 0) {
            armQueueTimer(left);
        }
        return true;
    }

    private void armQueueTimer(long delayNanos) {
        queueTimerDueNanos = System.nanoTime() + delayNanos;
        queueTimer = vertx.setTimer(Math.max(1, (delayNanos + 999_999) / 1_000_000), t -> expireOverdue());
    }

    /** Fails every waiting command past its deadline; re-arms for the earliest deadline still ahead. */
    private void expireOverdue() {
        List<Waiter> expired = new ArrayList<>();
        String failure;
        Throwable cause;
        synchronized (this) {
            queueTimer = -1;
            long now = System.nanoTime();
            long earliest = Long.MAX_VALUE;
            for (java.util.Iterator<Waiter> it = waiters.iterator(); it.hasNext(); ) {
                Waiter waiter = it.next();
                long left = waiter.deadlineNanos - now;
                if (left <= 0) {
                    expired.add(waiter);
                    it.remove();
                } else {
                    earliest = Math.min(earliest, left);
                }
            }
            if (!closed && earliest != Long.MAX_VALUE) {
                armQueueTimer(earliest);
            }
            failure = lastFailure;
            cause = lastFailureCause;
        }
        for (Waiter waiter : expired) {
            waiter.result.completeExceptionally(new EppUnavailableException("no " + config.registryId()
                    + " session within " + queueWait().toMillis() + " ms"
                    + (failure.isEmpty() ? "" : " (" + failure + ")"), cause));
        }
    }

    /** How long a command waits for a session: time to open one, then to get a command through. */
    private Duration queueWait() {
        return config.connectTimeout().plus(config.commandTimeout());
    }

    private static Throwable unwrap(Throwable failure) {
        Throwable t = failure;
        while (t instanceof java.util.concurrent.CompletionException && t.getCause() != null) {
            t = t.getCause();
        }
        if (t instanceof EppException || t instanceof IllegalArgumentException) {
            return t;
        }
        return new EppConnectionException("EPP session failed (" + t.getClass().getSimpleName() + ")", false, t);
    }

    private static final class Slot {
        final EppSession session;
        int inUse;
        /** Above the pool's share: takes no new command and logs out once idle. */
        boolean retiring;

        Slot(EppSession session) {
            this.session = session;
        }

        boolean usable() {
            return session.isOpen() && !retiring;
        }
    }

    private static final class Waiter {
        final EppCommand command;
        final CompletableFuture<EppResponse> result = new CompletableFuture<>();
        final long deadlineNanos;

        Waiter(EppCommand command, long deadlineNanos) {
            this.command = command;
            this.deadlineNanos = deadlineNanos;
        }
    }
}
