package com.ophos.registrar.epp.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Fee extension (RFC 8748). Written in the namespace the server announced: RFC 8748's or the older
 * draft's ({@link EppNamespaces#FEE_DRAFT}); the records do not depend on it.
 */
public sealed interface FeeExtension extends CommandExtension {

    @Override
    default String namespace() {
        return EppNamespaces.FEE;
    }

    /** One command to price: create, renew, transfer, restore, update. */
    record CommandQuery(String command, Optional<String> phase, Optional<String> subphase, Optional<Period> period) {
        public CommandQuery {
            Objects.requireNonNull(command, "command");
            phase = phase == null ? Optional.empty() : phase;
            subphase = subphase == null ? Optional.empty() : subphase;
            period = period == null ? Optional.empty() : period;
        }

        public static CommandQuery of(String command) {
            return new CommandQuery(command, Optional.empty(), Optional.empty(), Optional.empty());
        }

        public static CommandQuery of(String command, Period period) {
            return new CommandQuery(command, Optional.empty(), Optional.empty(), Optional.of(period));
        }
    }

    /** With domain:check. */
    record Check(Optional<String> currency, List<CommandQuery> commands) implements FeeExtension {
        public Check {
            currency = currency == null ? Optional.empty() : currency;
            commands = List.copyOf(commands);
            if (commands.isEmpty()) {
                throw new IllegalArgumentException("fee:check needs at least one command");
            }
        }
    }

    /** One fee the client agrees to pay. */
    record Amount(BigDecimal value, Optional<String> description) {
        public Amount {
            Objects.requireNonNull(value, "value");
            description = description == null ? Optional.empty() : description;
            if (value.signum() < 0) {
                throw new IllegalArgumentException("a fee is not negative");
            }
        }

        public static Amount of(BigDecimal value) {
            return new Amount(value, Optional.empty());
        }
    }

    enum TransformKind {
        CREATE("create"), RENEW("renew"), TRANSFER("transfer"), UPDATE("update");

        private final String element;

        TransformKind(String element) {
            this.element = element;
        }

        public String element() {
            return element;
        }
    }

    /**
     * The fee the client accepts with a transform (fee:create, fee:renew, fee:transfer, fee:update for
     * an RGP restore). A server whose price differs refuses the command (RFC 8748 section 3.8).
     */
    record Transform(TransformKind kind, Optional<String> currency, List<Amount> fees) implements FeeExtension {
        public Transform {
            Objects.requireNonNull(kind, "kind");
            currency = currency == null ? Optional.empty() : currency;
            fees = List.copyOf(fees);
            if (fees.isEmpty()) {
                throw new IllegalArgumentException("fee:" + kind.element() + " needs at least one fee");
            }
        }

        public static Transform of(TransformKind kind, String currency, BigDecimal amount) {
            return new Transform(kind, Optional.of(currency), List.of(Amount.of(amount)));
        }
    }
}
