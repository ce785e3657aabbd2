package com.ophos.registrar.epp.model;

import java.util.Optional;

/** Poll queue commands (RFC 5730 section 2.9.2.3). */
public sealed interface PollCommand extends Command {

    @Override
    default Optional<String> objectNamespace() {
        return Optional.empty();
    }

    record Request() implements PollCommand {
        @Override public String name() { return "poll:req"; }
        @Override public boolean isTransform() { return false; }
    }

    /** Acknowledging removes the message; repeating it is harmless, so it is not a transform here. */
    record Ack(String messageId) implements PollCommand {
        @Override public String name() { return "poll:ack"; }
        @Override public boolean isTransform() { return false; }
    }
}
