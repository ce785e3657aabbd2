package com.ophos.registrar.epp.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** Fee extension response data (RFC 8748), from either fee namespace. */
public sealed interface FeeResData extends ResponseExtension {

    /** One {@code <fee:fee>}: amount and its attributes. */
    record FeeAmount(BigDecimal amount, Optional<String> description, Optional<Boolean> refundable,
                     Optional<String> gracePeriod, Optional<String> applied) {
        public FeeAmount {
            description = description == null ? Optional.empty() : description;
            refundable = refundable == null ? Optional.empty() : refundable;
            gracePeriod = gracePeriod == null ? Optional.empty() : gracePeriod;
            applied = applied == null ? Optional.empty() : applied;
        }
    }

    /** The price of one command for one name; {@code standard=false} marks a premium price. */
    record CommandFee(String command, Optional<String> phase, Optional<String> subphase, boolean standard,
                      Optional<Period> period, List<FeeAmount> fees, List<FeeAmount> credits,
                      Optional<String> reason) {
        public CommandFee {
            phase = phase == null ? Optional.empty() : phase;
            subphase = subphase == null ? Optional.empty() : subphase;
            period = period == null ? Optional.empty() : period;
            fees = List.copyOf(fees);
            credits = List.copyOf(credits);
            reason = reason == null ? Optional.empty() : reason;
        }

        /** Sum of the fees (several fees may apply to one command, e.g. registration + premium). */
        public BigDecimal total() {
            return fees.stream().map(FeeAmount::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        }
    }

    record CheckItem(String objectId, boolean available, Optional<String> classification,
                     List<CommandFee> commands, Optional<String> reason) {
        public CheckItem {
            classification = classification == null ? Optional.empty() : classification;
            commands = List.copyOf(commands);
            reason = reason == null ? Optional.empty() : reason;
        }

        public Optional<CommandFee> command(String name) {
            return commands.stream().filter(c -> c.command().equals(name)).findFirst();
        }
    }

    record CheckData(String currency, List<CheckItem> items) implements FeeResData {
        public CheckData {
            items = List.copyOf(items);
        }

        public Optional<CheckItem> item(String objectId) {
            return items.stream().filter(i -> i.objectId().equalsIgnoreCase(objectId)).findFirst();
        }
    }

    /**
     * fee:creData, renData, trnData, updData, delData: what the transform cost ({@code kind} is the
     * element's local name without "Data", e.g. {@code cre}, {@code ren}).
     */
    record TransformData(String kind, String currency, Optional<Period> period, List<FeeAmount> fees,
                         List<FeeAmount> credits, Optional<BigDecimal> balance, Optional<BigDecimal> creditLimit)
            implements FeeResData {
        public TransformData {
            period = period == null ? Optional.empty() : period;
            fees = List.copyOf(fees);
            credits = List.copyOf(credits);
            balance = balance == null ? Optional.empty() : balance;
            creditLimit = creditLimit == null ? Optional.empty() : creditLimit;
        }

        public BigDecimal total() {
            return fees.stream().map(FeeAmount::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        }
    }
}
