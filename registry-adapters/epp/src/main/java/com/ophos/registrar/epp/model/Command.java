package com.ophos.registrar.epp.model;

/** The body of an EPP command (what goes under {@code <command>}, or a protocol-level extension). */
public sealed interface Command
        permits DomainCommand, ContactCommand, HostCommand, PollCommand, SessionCommand, FrnicCommand {

    /** Short name for metrics and logs, e.g. {@code domain:create}. */
    String name();

    boolean isTransform();

    /** The object namespace the server must have offered for this command; empty for session commands. */
    java.util.Optional<String> objectNamespace();
}
