package com.ophos.registrar.epp.session;

import com.ophos.registrar.epp.ClTrid;
import com.ophos.registrar.epp.EppClientConfig;
import com.ophos.registrar.epp.EppConnectionException;
import com.ophos.registrar.epp.EppException;
import com.ophos.registrar.epp.EppLoginException;
import com.ophos.registrar.epp.EppNotNegotiatedException;
import com.ophos.registrar.epp.EppProtocolException;
import com.ophos.registrar.epp.EppTimeoutException;
import com.ophos.registrar.epp.EppUnavailableException;
import com.ophos.registrar.epp.Negotiated;
import com.ophos.registrar.epp.WireLog;
import com.ophos.registrar.epp.codec.EppReader;
import com.ophos.registrar.epp.codec.EppWriter;
import com.ophos.registrar.epp.model.CommandExtension;
import com.ophos.registrar.epp.model.EppCommand;
import com.ophos.registrar.epp.model.EppInbound;
import com.ophos.registrar.epp.model.EppResponse;
import com.ophos.registrar.epp.model.Greeting;
import com.ophos.registrar.epp.model.ResultCodes;
import com.ophos.registrar.epp.model.SessionCommand;
import com.ophos.registrar.epp.transport.FrameDecoder;
import com.ophos.registrar.registry.spi.Outcome;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.net.NetClient;
import io.vertx.core.net.NetSocket;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;
import org.jboss.logging.Logger;

/**
 * One logged-in EPP session over one TLS connection (RFC 5730, 5734). Commands may be pipelined: the
 * session keeps every command in flight and matches each response to it by clTRID; a response echoing
 * no clTRID we sent, or a frame we cannot read, ends the session. A command without answer within the
 * command timeout fails and ends the session, since a late answer could no longer be trusted. Idle
 * sessions send {@code <hello>} every keepalive period. Futures are completed outside the lock so that
 * their callbacks may call back into the pool.
 *
 * <p>Timers are not set and cancelled per command (each is a Vert.x map entry and a Netty scheduled
 * task, often on another event loop: that per-check cost showed in the client's CPU). One deadline timer
 * stays armed while commands are in flight and, when it fires, fails the first command past its
 * deadline or re-arms for the earliest one; one keepalive timer stays armed while the session is open
 * and, when it fires, sends a hello only if the session has been idle for the whole period.
 */
public final class EppSession {
    private static final Logger LOG = Logger.getLogger(EppSession.class);

    private final Vertx vertx;
    private final NetSocket socket;
    private final EppClientConfig config;
    private final WireLog wireLog;
    private final String id;
    private final FrameDecoder decoder;
    private final Consumer<EppSession> onClosed;
    private final List<Pending> inFlight = new LinkedList<>();
    private final CompletableFuture<Greeting> firstGreeting = new CompletableFuture<>();
    private Negotiated negotiated;
    private long sequence;
    private long keepaliveTimer = -1;
    /** When the session last had nothing in flight (its idle period, for the keepalive, starts there). */
    private long idleSinceNanos = System.nanoTime();
    private long deadlineTimer = -1;
    private volatile boolean closed;
    /** Set once a 25xx answer was read, before it is handed on: no command may follow it on this session. */
    private volatile boolean closing;
    private EppException closeCause;
    private int closingCode;

    private EppSession(Vertx vertx, NetSocket socket, EppClientConfig config, WireLog wireLog, String id,
                       Consumer<EppSession> onClosed) {
        this.vertx = vertx;
        this.socket = socket;
        this.config = config;
        this.wireLog = wireLog;
        this.id = id;
        this.decoder = new FrameDecoder(config.maxFrameBytes());
        this.onClosed = onClosed;
    }

    /**
     * Connects, reads the greeting and logs in with the URIs both sides support. Fails with
     * {@link EppLoginException} when the server refuses the login, {@link EppConnectionException} when
     * no connection could be made.
     */
    public static CompletionStage<EppSession> open(Vertx vertx, NetClient client, EppClientConfig config,
                                                   WireLog wireLog, String id, Consumer<EppSession> onClosed) {
        return client.connect(config.port(), config.host()).toCompletionStage()
                .exceptionally(failure -> {
                    throw new EppConnectionException("cannot connect to " + config.registryId() + " at "
                            + config.host() + ":" + config.port() + " (" + failure.getClass().getSimpleName() + ")",
                            false, failure);
                })
                .thenCompose(socket -> {
                    EppSession session = new EppSession(vertx, socket, config, wireLog, id, onClosed);
                    session.start();
                    return session.login();
                });
    }

    public String id() {
        return id;
    }

    public synchronized Negotiated negotiated() {
        return negotiated;
    }

    public synchronized int inFlight() {
        return inFlight.size();
    }

    /**
     * Whether the session takes commands: false once closed, and already once the server's 25xx answer
     * was read. Lock-free, so that the pool may ask while holding its own monitor.
     */
    public boolean isOpen() {
        return !closed && !closing;
    }

    /** The result code (2500-2502) the server ended the session with, or 0. */
    public synchronized int closingCode() {
        return closingCode;
    }

    private void start() {
        socket.handler(this::onBytes);
        socket.exceptionHandler(failure -> close(new EppConnectionException(
                "connection to " + config.registryId() + " failed (" + failure.getClass().getSimpleName() + ")",
                true, failure)));
        socket.closeHandler(ignored -> onSocketClosed());
        long greetingTimer = vertx.setTimer(config.connectTimeout().toMillis(), t -> {
            if (!firstGreeting.isDone()) {
                close(new EppTimeoutException("greeting", config.connectTimeout(), false));
            }
        });
        firstGreeting.whenComplete((g, e) -> vertx.cancelTimer(greetingTimer));
    }

    private CompletionStage<EppSession> login() {
        return firstGreeting.thenCompose(greeting -> {
            Negotiated agreed = Negotiated.from(greeting, config.objectUris(), config.extensionUris());
            synchronized (this) {
                negotiated = agreed;
            }
            SessionCommand.Login login = new SessionCommand.Login(config.clientId(), config.password(),
                    config.newPassword(), "1.0", config.language(), agreed.objectUris(), agreed.extensionUris());
            return send(EppCommand.of(login, ClTrid.next("LOGIN")));
        }).thenApply(response -> {
            if (response.code() != ResultCodes.SUCCESS) {
                close(new EppLoginException(config.registryId(), response.code(), response.message()));
                throw new EppLoginException(config.registryId(), response.code(), response.message());
            }
            armKeepalive();
            return this;
        });
    }

    /** Sends a command; the stage fails with an {@link EppException} when no response can be had. */
    public CompletableFuture<EppResponse> send(EppCommand command) {
        CompletableFuture<EppResponse> result = new CompletableFuture<>();
        byte[] xml;
        Pending pending;
        synchronized (this) {
            if (closed || closing) {
                result.completeExceptionally(new SessionNotTakingCommandsException(id, closeCause));
                return result;
            }
            Optional<EppException> refused = notNegotiated(command);
            if (refused.isPresent()) {
                result.completeExceptionally(refused.get());
                return result;
            }
            try {
                xml = EppWriter.write(command, negotiated == null ? Optional.empty() : negotiated.feeNamespace());
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
                return result;
            }
            CompletableFuture<EppInbound> answer = new CompletableFuture<>();
            pending = new Pending(command.name(), command.clTRID(), command.isTransform(), answer);
            answer.whenComplete((inbound, failure) -> {
                if (failure != null) {
                    result.completeExceptionally(failure);
                } else if (inbound instanceof EppResponse response) {
                    result.complete(response);
                } else {
                    result.completeExceptionally(new EppProtocolException(
                            "greeting received in answer to " + command.name()));
                }
            });
            transmit(pending, xml);
        }
        return result;
    }

    private Optional<EppException> notNegotiated(EppCommand command) {
        if (command.command() instanceof SessionCommand) {
            return Optional.empty();
        }
        if (negotiated == null) {
            return Optional.of(new EppUnavailableException("session " + id + " is not logged in"));
        }
        Optional<String> object = command.command().objectNamespace();
        if (object.isPresent() && !negotiated.hasObject(object.get())) {
            return Optional.of(new EppNotNegotiatedException(command.name(), object.get()));
        }
        for (CommandExtension extension : command.extensions()) {
            if (!negotiated.hasExtension(extension.namespace())) {
                return Optional.of(new EppNotNegotiatedException(command.name(), extension.namespace()));
            }
        }
        return Optional.empty();
    }

    /** Writes a frame and starts its timeout; called with the lock held. */
    private void transmit(Pending pending, byte[] xml) {
        inFlight.add(pending);
        long seq = ++sequence;
        wireLog.record(config.registryId(), id, seq, WireLog.Direction.OUT, xml);
        pending.deadlineNanos = System.nanoTime() + config.commandTimeout().toNanos();
        if (deadlineTimer < 0) {
            armDeadlineTimer(config.commandTimeout().toNanos());
        }
        // Closed from the event loop, never inside this monitor: closing calls back into the pool.
        socket.write(FrameDecoder.encode(xml)).onFailure(failure -> vertx.runOnContext(v -> close(
                new EppConnectionException("write to " + config.registryId() + " failed", true, failure))));
    }

    /** Logs out (best effort) and closes the connection. */
    public CompletionStage<Void> logout() {
        synchronized (this) {
            if (closed) {
                return CompletableFuture.completedFuture(null);
            }
        }
        return send(EppCommand.of(new SessionCommand.Logout(), ClTrid.next("LOGOUT")))
                .handle((response, failure) -> {
                    close(new EppUnavailableException("session " + id + " logged out"));
                    return null;
                });
    }

    // ---- inbound ---------------------------------------------------------------------------------

    private void onBytes(Buffer bytes) {
        List<byte[]> frames;
        try {
            frames = decoder.feed(bytes);
        } catch (EppProtocolException e) {
            close(e);
            return;
        }
        for (byte[] frame : frames) {
            long seq;
            synchronized (this) {
                seq = ++sequence;
            }
            wireLog.record(config.registryId(), id, seq, WireLog.Direction.IN, frame);
            onFrame(frame);
        }
    }

    private void onFrame(byte[] frame) {
        EppInbound inbound;
        try {
            inbound = EppReader.read(frame);
        } catch (EppProtocolException e) {
            close(e);
            return;
        }
        if (inbound instanceof Greeting greeting) {
            onGreeting(greeting);
        } else {
            onResponse((EppResponse) inbound);
        }
    }

    private void onGreeting(Greeting greeting) {
        if (!firstGreeting.isDone()) {
            firstGreeting.complete(greeting);
            return;
        }
        Pending hello;
        synchronized (this) {
            hello = inFlight.stream().filter(p -> p.clTRID == null).findFirst().orElse(null);
            if (hello != null) {
                inFlight.remove(hello);
                markIdleIfNothingInFlight();
            }
        }
        if (hello == null) {
            close(new EppProtocolException("greeting received without hello"));
            return;
        }
        hello.answer.complete(greeting);
    }

    private void onResponse(EppResponse response) {
        if (response.clTRID().isEmpty()) {
            close(new EppProtocolException("response " + response.code() + " does not echo a clTRID"));
            return;
        }
        String clTRID = response.clTRID().get();
        Pending matched = null;
        synchronized (this) {
            for (Iterator<Pending> it = inFlight.iterator(); it.hasNext(); ) {
                Pending p = it.next();
                if (clTRID.equals(p.clTRID)) {
                    matched = p;
                    it.remove();
                    break;
                }
            }
            if (matched != null) {
                if (ResultCodes.closesSession(response.code())) {
                    // Before the answer completes: its callbacks may already ask the pool for a session.
                    closing = true;
                    closingCode = response.code();
                } else {
                    markIdleIfNothingInFlight();
                }
            }
        }
        if (matched == null) {
            close(new EppProtocolException("response echoes clTRID " + clTRID + ", which is not in flight"));
            return;
        }
        matched.answer.complete(response);
        if (ResultCodes.closesSession(response.code())) {
            close(new EppUnavailableException(config.registryId() + " ended session " + id + " with "
                    + response.code()));
        }
    }

    // ---- command deadlines ------------------------------------------------------------------------

    private void armDeadlineTimer(long delayNanos) {
        deadlineTimer = vertx.setTimer(Math.max(1, (delayNanos + 999_999) / 1_000_000), t -> onDeadlineTimer());
    }

    /**
     * Fails the first command past its deadline, or re-arms for the earliest deadline still ahead (commands
     * share one timeout, so the oldest in flight comes first).
     */
    private void onDeadlineTimer() {
        Pending overdue = null;
        synchronized (this) {
            deadlineTimer = -1;
            if (closed || inFlight.isEmpty()) {
                return;
            }
            long now = System.nanoTime();
            long earliest = Long.MAX_VALUE;
            for (Pending p : inFlight) {
                if (p.deadlineNanos - now <= 0) {
                    overdue = p;
                    break;
                }
                earliest = Math.min(earliest, p.deadlineNanos - now);
            }
            if (overdue == null) {
                armDeadlineTimer(earliest);
                return;
            }
            inFlight.remove(overdue);
        }
        onTimeout(overdue);
    }

    private void onTimeout(Pending pending) {
        EppTimeoutException timeout = new EppTimeoutException(pending.command, config.commandTimeout(),
                pending.transform);
        // Closed (and out of the pool) before the caller hears of the timeout, so its next command
        // cannot be handed to this dying session.
        close(timeout);
        pending.answer.completeExceptionally(timeout);
    }

    // ---- keepalive -------------------------------------------------------------------------------

    private void armKeepalive() {
        synchronized (this) {
            markIdleIfNothingInFlight();
            armKeepaliveTimer(config.keepalive().toNanos());
        }
    }

    private void markIdleIfNothingInFlight() {
        if (inFlight.isEmpty()) {
            idleSinceNanos = System.nanoTime();
        }
    }

    private void armKeepaliveTimer(long delayNanos) {
        keepaliveTimer = vertx.setTimer(Math.max(1, (delayNanos + 999_999) / 1_000_000), t -> onKeepaliveTimer());
    }

    private void disarmKeepalive() {
        if (keepaliveTimer >= 0) {
            vertx.cancelTimer(keepaliveTimer);
            keepaliveTimer = -1;
        }
    }

    /** Sends a hello once the session has been idle for a whole keepalive period; else waits for the rest. */
    private void onKeepaliveTimer() {
        synchronized (this) {
            keepaliveTimer = -1;
            if (closed) {
                return;
            }
            long keepalive = config.keepalive().toNanos();
            if (!inFlight.isEmpty()) {
                armKeepaliveTimer(keepalive);
                return;
            }
            long idle = System.nanoTime() - idleSinceNanos;
            if (idle < keepalive) {
                armKeepaliveTimer(keepalive - idle);
                return;
            }
            armKeepaliveTimer(keepalive);
            Pending hello = new Pending("hello", null, false, new CompletableFuture<>());
            hello.answer.whenComplete((greeting, failure) -> {
                if (failure == null) {
                    LOG.debugf("%s session %s: keepalive answered", config.registryId(), id);
                }
            });
            transmit(hello, EppWriter.hello());
        }
    }

    // ---- closing ---------------------------------------------------------------------------------

    /** Ends the session: every command in flight fails with {@code cause}. */
    public void close(EppException cause) {
        List<Pending> failed;
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            closeCause = cause;
            disarmKeepalive();
            if (deadlineTimer >= 0) {
                vertx.cancelTimer(deadlineTimer);
                deadlineTimer = -1;
            }
            failed = new ArrayList<>(inFlight);
            inFlight.clear();
        }
        LOG.debugf("%s session %s closed: %s", config.registryId(), id, cause.getMessage());
        socket.close();
        firstGreeting.completeExceptionally(cause);
        for (Pending p : failed) {
            p.answer.completeExceptionally(inFlightFailure(p, cause));
        }
        onClosed.accept(this);
    }

    /**
     * A command in flight when the session ends was sent: its outcome is unknown unless it is a query.
     * A protocol error stays one, so the caller sees why the session was dropped.
     */
    private EppException inFlightFailure(Pending pending, EppException cause) {
        if (cause instanceof EppProtocolException) {
            return new EppProtocolException(pending.command + ": " + cause.getMessage(),
                    pending.transform ? Outcome.UNKNOWN : Outcome.UNAVAILABLE, cause);
        }
        return new EppConnectionException(pending.command + " lost: " + cause.getMessage(), pending.transform,
                cause);
    }

    private void onSocketClosed() {
        String detail = decoder.buffered() > 0
                ? "connection closed in the middle of a frame (" + decoder.buffered() + " bytes)"
                : "connection closed by " + config.registryId();
        close(new EppConnectionException(detail, true, null));
    }

    private static final class Pending {
        final String command;
        /** Null for hello, answered by a greeting. */
        final String clTRID;
        final boolean transform;
        final CompletableFuture<EppInbound> answer;
        long deadlineNanos;

        Pending(String command, String clTRID, boolean transform, CompletableFuture<EppInbound> answer) {
            this.command = command;
            this.clTRID = clTRID;
            this.transform = transform;
            this.answer = answer;
        }
    }
}
