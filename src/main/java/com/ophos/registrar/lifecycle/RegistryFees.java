package com.ophos.registrar.lifecycle;

import com.ophos.registrar.registry.spi.Fee;
import com.ophos.registrar.registry.spi.RegistryPolicy;
import com.ophos.registrar.registry.spi.RegistryReceipt;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.Optional;

/** The fee of a confirmed command: the registry's own figure when it gave one, else its configured tariff. */
final class RegistryFees {
    private RegistryFees() {
    }

    static Optional<Fee> renewal(RegistryPolicy policy, String aLabel, int years, Optional<RegistryReceipt> receipt) {
        Optional<Fee> charged = receipt.flatMap(RegistryReceipt::fee);
        if (charged.isPresent()) {
            return charged;
        }
        return tld(policy, aLabel).flatMap(policy::tariff)
                .map(tariff -> new Fee(tariff.renew().amount().multiply(BigDecimal.valueOf(years)),
                        tariff.renew().currency()));
    }

    /** The configured suffix the name falls under; the longest wins (co.uk before uk). */
    private static Optional<String> tld(RegistryPolicy policy, String aLabel) {
        return policy.tlds().stream()
                .map(t -> t.startsWith(".") ? t.substring(1) : t)
                .filter(t -> aLabel.endsWith("." + t))
                .max(Comparator.comparingInt(String::length));
    }
}
