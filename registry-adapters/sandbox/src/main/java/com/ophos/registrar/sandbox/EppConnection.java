package com.ophos.registrar.sandbox;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.net.NetSocket;
import java.time.Duration;
import java.util.List;

/** One TLS connection: greeting on connect, frames in, answers out in order, session cleanup on close. */
final class EppConnection {
    private final Vertx vertx;
    private final NetSocket socket;
    private final SandboxRegistry registry;
    private final EppSession session;
    private final EppFrameDecoder decoder;
    private boolean closing;

    EppConnection(Vertx vertx, NetSocket socket, SandboxRegistry registry) {
        this.vertx = vertx;
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
        if (reply.delay().isZero()) {
            deliver(reply);
        } else {
            vertx.setTimer(reply.delay().toMillis(), id -> deliver(reply));
        }
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
