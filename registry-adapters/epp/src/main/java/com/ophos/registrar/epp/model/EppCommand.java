package com.ophos.registrar.epp.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One EPP command as sent: the command itself, its extensions (in order) and the client transaction
 * id. The clTRID belongs to the caller (the operation journal) so that a retry reuses it.
 */
public record EppCommand(Command command, List<CommandExtension> extensions, String clTRID) {

    public EppCommand {
        Objects.requireNonNull(command, "command");
        Objects.requireNonNull(clTRID, "clTRID");
        extensions = List.copyOf(extensions);
        if (clTRID.length() < 3 || clTRID.length() > 64) {
            throw new IllegalArgumentException("clTRID must be 3-64 characters (RFC 5730 trIDStringType)");
        }
    }

    public static EppCommand of(Command command, String clTRID) {
        return new EppCommand(command, List.of(), clTRID);
    }

    public static EppCommand of(Command command, String clTRID, CommandExtension... extensions) {
        return new EppCommand(command, List.of(extensions), clTRID);
    }

    /** Short name for metrics and logs, e.g. {@code domain:create}. */
    public String name() {
        return command.name();
    }

    public <T extends CommandExtension> Optional<T> extension(Class<T> type) {
        return extensions.stream().filter(type::isInstance).map(type::cast).findFirst();
    }

    /** Whether the command changes registry state: a lost answer then leaves the outcome unknown. */
    public boolean isTransform() {
        return command.isTransform();
    }
}
