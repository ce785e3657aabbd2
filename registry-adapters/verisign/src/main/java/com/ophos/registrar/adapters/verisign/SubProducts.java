package com.ophos.registrar.adapters.verisign;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Verisign NameStore routing: the subProduct of each configured TLD, {@code dot} + the TLD in upper
 * case ({@code com} to {@code dotCOM}). Derived from the registry's configured TLDs, so adding a
 * Verisign TLD is configuration.
 */
public record SubProducts(Map<String, String> byTld) {
    public SubProducts {
        byTld = Map.copyOf(byTld);
    }

    public static SubProducts of(List<String> tlds) {
        return new SubProducts(tlds.stream().map(tld -> tld.toLowerCase(Locale.ROOT))
                .collect(Collectors.toMap(Function.identity(), tld -> "dot" + tld.toUpperCase(Locale.ROOT),
                        (a, b) -> a)));
    }

    public Optional<String> forTld(String tld) {
        return Optional.ofNullable(byTld.get(tld.toLowerCase(Locale.ROOT)));
    }
}
