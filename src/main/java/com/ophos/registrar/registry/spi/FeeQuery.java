package com.ophos.registrar.registry.spi;

import java.util.Objects;

/**
 * Asks the price of one command on one name before sending it (RFC 8748 fee:check), so that the
 * price can be echoed with the command. {@code years} is ignored for a restore, which has no period.
 */
public record FeeQuery(String name, Command command, int years) {

    /** The commands the fee extension prices, by their RFC 8748 names. */
    public enum Command {
        CREATE, RENEW, TRANSFER, RESTORE;

        public String eppName() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public FeeQuery {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(command, "command");
        if (command != Command.RESTORE && years < 1) {
            throw new IllegalArgumentException(command.eppName() + " is priced for at least one year");
        }
    }

    public static FeeQuery transfer(String name, int years) {
        return new FeeQuery(name, Command.TRANSFER, years);
    }

    public static FeeQuery restore(String name) {
        return new FeeQuery(name, Command.RESTORE, 1);
    }
}
