package com.ophos.registrar.lifecycle;

import com.ophos.registrar.registry.spi.Fee;
import com.ophos.registrar.registry.spi.RegistryPolicy;
import com.ophos.registrar.registry.spi.RegistryReceipt;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.Optional;
import java.util.function.Function;

/** The fee of a confirmed command: the registry's own figure when it gave one, else its configured tariff. */
final class RegistryFees {
    private RegistryFees() {
    }

    static Optional<Fee> renewal(RegistryPolicy policy, String aLabel, int years, Optional<RegistryReceipt> receipt) {
        return receipt.flatMap(RegistryReceipt::fee)
                .or(() -> tariff(policy, aLabel, years, RegistryPolicy.Tariff::renew));
    }

    /** A create's fee: what the registry reported or quoted, else the configured tariff. */
    static Optional<Fee> creation(RegistryPolicy policy, String aLabel, int years, Optional<Fee> reported) {
        return reported.or(() -> tariff(policy, aLabel, years, RegistryPolicy.Tariff::create));
    }

    private static Optional<Fee> tariff(RegistryPolicy policy, String aLabel, int years,
                                        Function<RegistryPolicy.Tariff, Fee> perYear) {
        return tld(policy, aLabel).flatMap(policy::tariff).map(perYear)
                .map(fee -> new Fee(fee.amount().multiply(BigDecimal.valueOf(years)), fee.currency()));
    }

    /** The configured suffix the name falls under; the longest wins (co.uk before uk). */
    private static Optional<String> tld(RegistryPolicy policy, String aLabel) {
        return policy.tlds().stream()
                .map(t -> t.startsWith(".") ? t.substring(1) : t)
                .filter(t -> aLabel.endsWith("." + t))
                .max(Comparator.comparingInt(String::length));
    }
}
