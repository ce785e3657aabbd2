package com.ophos.registrar.registry.spi;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A registry's rules as configured (registry facts are data, never {@code if (tld.equals(...))}).
 *
 * @param holderEligibility who may hold a name there; {@code LEGAL_ENTITY_ONLY} is how .fr carries
 *                          the company's rule R1
 * @param holderChangeProcedure how the registry changes a holder, and whether it charges (R19)
 * @param autoRenewsAtExpiry the registry renews and bills at expiry (AFNIC): an unpaid name must be
 *                           deleted before expiry
 * @param feeExtension the registry offers RFC 8748 fees; otherwise {@code tariffs} price the names
 * @param authCode how long a transfer secret (domain authInfo) must be and which specials it may use
 * @param expirySync the registry aligns an expiry day on request (Verisign ConsoliDate)
 */
public record RegistryPolicy(String registryId, List<String> tlds, Set<Integer> createYears,
                             Set<Integer> renewYears, int maxNamesPerCheck, GracePeriods grace,
                             Duration transferLockAfterCreate, boolean autoRenewsAtExpiry,
                             ContactRules contactRules, HolderEligibility holderEligibility,
                             HolderChangeProcedure holderChangeProcedure, boolean feeExtension,
                             Map<String, Tariff> tariffs, AuthCodeRules authCode,
                             boolean expirySync) {

    public enum HolderEligibility { ANY, LEGAL_ENTITY_ONLY }

    /** UPDATE: a domain:update of the registrant; TRADE: the registry's own holder-change procedure. */
    public enum HolderChangeProcedure { UPDATE, TRADE }

    public record GracePeriods(Duration addGrace, Duration renewGrace, Duration autoRenewGrace,
                               Duration transferGrace, Duration redemption, Duration pendingDelete) {
    }

    /** @param hostObjects nameservers as host objects (true) or inline host attributes (false) */
    public record ContactRules(int minAdmin, int maxAdmin, int minTech, int maxTech, boolean hostObjects,
                               int minNameservers, int maxNameservers) {
    }

    /** Prices excluding tax used when the registry has no fee extension, per operation and year. */
    public record Tariff(String currency, Fee create, Fee renew, Fee transfer, Fee restore,
                         Optional<Fee> holderChange) {
    }

    /**
     * A registry's rules for transfer secrets. Every code mixes letters, digits and (when
     * {@code specials} is not empty) one of {@code specials}: Verisign insists on all three classes.
     */
    public record AuthCodeRules(int length, String specials) {
        public AuthCodeRules {
            if (length < 6 || length > 64) {
                throw new IllegalArgumentException("auth code length must be 6-64, not " + length);
            }
            specials = specials == null ? "" : specials;
        }
    }

    public RegistryPolicy {
        tlds = List.copyOf(tlds);
        createYears = Set.copyOf(createYears);
        renewYears = Set.copyOf(renewYears);
        tariffs = Map.copyOf(tariffs);
    }

    public Optional<Tariff> tariff(String tld) {
        return Optional.ofNullable(tariffs.get(tld));
    }

    /** The configured price of a command on a name, all years, by the longest suffix it falls under. */
    public Optional<Fee> tariffPrice(FeeQuery query) {
        String name = query.name().toLowerCase(java.util.Locale.ROOT);
        return tlds.stream().map(t -> t.startsWith(".") ? t.substring(1) : t)
                .filter(t -> name.endsWith("." + t.toLowerCase(java.util.Locale.ROOT)))
                .max(java.util.Comparator.comparingInt(String::length))
                .flatMap(this::tariff)
                .map(tariff -> switch (query.command()) {
                    case CREATE -> perYears(tariff.create(), query.years());
                    case RENEW -> perYears(tariff.renew(), query.years());
                    case TRANSFER -> perYears(tariff.transfer(), query.years());
                    case RESTORE -> tariff.restore();
                });
    }

    private static Fee perYears(Fee perYear, int years) {
        return new Fee(perYear.amount().multiply(java.math.BigDecimal.valueOf(years)), perYear.currency());
    }
}
