package com.ophos.registrar.sandbox;

import java.math.BigDecimal;

/** Prices of one TLD, per year except restore, in the registry's currency. */
public record Tariff(String currency, BigDecimal create, BigDecimal renew, BigDecimal transfer,
                     BigDecimal restore) {

    public BigDecimal price(FeeCommand command, int years) {
        return switch (command) {
            case CREATE -> create.multiply(BigDecimal.valueOf(years));
            case RENEW -> renew.multiply(BigDecimal.valueOf(years));
            case TRANSFER -> transfer.multiply(BigDecimal.valueOf(years));
            case RESTORE -> restore;
        };
    }

    /** The transforms the fee extension prices. */
    public enum FeeCommand {
        CREATE, RENEW, TRANSFER, RESTORE;

        public String eppName() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
