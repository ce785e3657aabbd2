package com.ophos.registrar.epp.model;

import java.util.Optional;

/**
 * AFNIC protocol-level extension commands (frnic-2.0): the whole command sits in {@code <extension>},
 * its clTRID inside {@code <frnic:command>}.
 */
public sealed interface FrnicCommand extends Command {

    @Override
    default Optional<String> objectNamespace() {
        return Optional.of(EppNamespaces.DOMAIN);
    }

    enum TradeOp {
        REQUEST("request", true), QUERY("query", false), CANCEL("cancel", true);

        private final String code;
        private final boolean transform;

        TradeOp(String code, boolean transform) {
            this.code = code;
            this.transform = transform;
        }

        public String code() {
            return code;
        }
    }

    /** Holder change ("trade"); {@code newHolder} and {@code authInfo} only with a request. */
    record Trade(TradeOp op, String domain, Optional<String> newHolder, Optional<String> authInfo)
            implements FrnicCommand {
        public Trade {
            newHolder = newHolder == null ? Optional.empty() : newHolder;
            authInfo = authInfo == null ? Optional.empty() : authInfo;
        }

        @Override public String name() { return "frnic:trade:" + op.code(); }
        @Override public boolean isTransform() { return op.transform; }
        @Override public String toString() { return "Trade[op=" + op + ", domain=" + domain + "]"; }
    }

    /** Forced holder change authorised by the registry; {@code authorisation} is AFNIC's code. */
    record Recover(String domain, String newHolder, String authorisation) implements FrnicCommand {
        @Override public String name() { return "frnic:recover:request"; }
        @Override public boolean isTransform() { return true; }
        @Override public String toString() { return "Recover[domain=" + domain + ", newHolder=" + newHolder + "]"; }
    }
}
