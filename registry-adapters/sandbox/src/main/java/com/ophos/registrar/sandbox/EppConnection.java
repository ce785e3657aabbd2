package com.ophos.registrar.sandbox;

import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.net.NetSocket;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.List;

/**
 * One TLS connection: greeting on connect, frames in, answers out in order, session cleanup on close.
 *
 * <p>A registry works through one session's commands one at a time, so the configured latency is spent
 * per command in turn: a command that arrives while an earlier one is still being answered (a pipelining
 * client) waits for it. Without that, a client sending n commands at once would get all n answers after
 * one latency, and a benchmark's floor (commands × latency ÷ sessions) would no longer be a floor.
 */
final class EppConnection {
    /** The connection's event loop: answers are written from it, as everything else of the connection. */
    private final Context context;
    private final NetSocket socket;
    private final SandboxRegistry registry;
    private final EppSession session;
    private final EppFrameDecoder decoder;
    private boolean closing;
    /** Answers waiting for their time, in the order they are due (which is the order of the commands). */
    private final ArrayDeque<Scheduled> scheduled = new ArrayDeque<>();

    EppConnection(Vertx vertx, NetSocket socket, SandboxRegistry registry) {
        this.context = vertx.getOrCreateContext();
        this.socket = socket;
        this.registry = registry;
        this.session = new EppSession(registry);
        this.decoder = new EppFrameDecoder(registry.settings().maxFrameBytes());
    }

    void start() {
        socket.closeHandler(ignored -> session.closed());
        socket.exceptionHandler(ignored -> socket.close());
        socket.handler(this::received);
        socket.write(EppFrameDecoder.encode(Greeting.toXml(registry.settings(), registry.clock().instant())));
    }

    private void received(Buffer bytes) {
        if (closing) {
            return;
        }
        List<byte[]> frames;
        try {
            frames = decoder.feed(bytes);
        } catch (EppFrameDecoder.FrameRejected rejected) {
            registry.record(EppCommandType.MALFORMED, java.util.Optional.empty(),
                    java.util.Optional.ofNullable(session.clientId()), 2001);
            byte[] answer = EppResponse.refusal(new EppException.SyntaxError(rejected.getMessage()))
                    .toXml(null, registry.nextServerTransactionId());
            send(SessionReply.answer(answer, true, Duration.ZERO));
            return;
        }
        for (byte[] frame : frames) {
            if (closing) {
                return;
            }
            send(session.handle(frame));
        }
    }

    private void send(SessionReply reply) {
        if (reply.close()) {
            closing = true;
        }
        if (reply.delay().isZero() && scheduled.isEmpty()) {
            deliver(reply);
            return;
        }
        long now = System.nanoTime();
        long start = scheduled.isEmpty() ? now : Math.max(now, scheduled.peekLast().dueNanos);
        Scheduled answer = new Scheduled(reply, start + reply.delay().toNanos());
        scheduled.addLast(answer);
        // Timers due close together may fire out of order, so each one delivers every answer queued
        // before its own, then its own.
        registry.answerTimer().at(answer.dueNanos, context, () -> deliverUpTo(answer));
    }

    private void deliverUpTo(Scheduled answer) {
        while (!scheduled.isEmpty() && scheduled.peekFirst().dueNanos - answer.dueNanos <= 0) {
            deliver(scheduled.removeFirst().reply);
        }
    }

    private record Scheduled(SessionReply reply, long dueNanos) {
    }

    private void deliver(SessionReply reply) {
        if (reply.frame().isPresent()) {
            Buffer encoded = EppFrameDecoder.encode(reply.frame().get());
            if (reply.close()) {
                socket.write(encoded).onComplete(done -> socket.close());
            } else {
                socket.write(encoded);
            }
        } else if (reply.close()) {
            socket.close();
        }
    }
}
