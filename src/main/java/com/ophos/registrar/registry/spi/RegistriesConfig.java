package com.ophos.registrar.registry.spi;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Every registry the gateway talks to, keyed by registry id ({@code registrar.registries.<id>.*}).
 * Adapters read the connection part; the core reads the policy part through {@link #policy(String)}.
 */
@ConfigMapping(prefix = "registrar")
public interface RegistriesConfig {

    Map<String, Registry> registries();

    interface Registry {
        /** Which adapter speaks to it: {@code verisign}, {@code afnic} or {@code generic}. */
        String flavour();

        List<String> tlds();

        /** Start an in-process sandbox registry of this flavour and connect to it (default run, tests). */
        @WithDefault("false")
        boolean sandbox();

        @WithDefault("localhost")
        String host();

        /** 0 with {@code sandbox=true}: the sandbox picks a free port. */
        @WithDefault("700")
        int port();

        String clientId();

        String password();

        Tls tls();

        Sessions sessions();

        /** Extension namespaces to use when the greeting offers them; empty = every one we support. */
        Optional<List<String>> extensions();

        Policy policy();

        /**
         * R24: further registrar accounts the company holds at this registry, by account name
         * ({@code registrar.registries.<id>.accounts.<name>.*}). Each gets its own adapter, routed as
         * {@link RegistryAccounts#id(String, String)}; new names are created under the main account.
         */
        Map<String, Account> accounts();
    }

    /** A second set of registrar credentials at the same registry; TLS material is the registry's. */
    interface Account {
        String clientId();

        String password();
    }

    interface Tls {
        /** PKCS#12 or PEM client certificate + key. Empty with {@code sandbox=true}: generated. */
        Optional<String> keyStore();

        Optional<String> keyStorePassword();

        /** Trust store for the registry's server certificate. */
        Optional<String> trustStore();

        Optional<String> trustStorePassword();

        @WithDefault("TLSv1.3,TLSv1.2")
        List<String> protocols();
    }

    interface Sessions {
        @WithDefault("2")
        int max();

        @WithDefault("PT30S")
        Duration commandTimeout();

        @WithDefault("PT10S")
        Duration connectTimeout();

        /** Send a hello on idle sessions this often (below the registry's idle timeout). */
        @WithDefault("PT100S")
        Duration keepalive();

        /** Commands in flight per session; 1 = no pipelining. */
        @WithDefault("1")
        int pipelining();

        @WithDefault("1048576")
        int maxFrameBytes();

        @WithDefault("PT1S")
        Duration reconnectBackoffMin();

        @WithDefault("PT60S")
        Duration reconnectBackoffMax();
    }

    interface Policy {
        @WithDefault("1,2,3,4,5,6,7,8,9,10")
        Set<Integer> createYears();

        @WithDefault("1,2,3,4,5,6,7,8,9,10")
        Set<Integer> renewYears();

        @WithDefault("13")
        int maxNamesPerCheck();

        @WithDefault("P5D")
        Duration addGrace();

        @WithDefault("P5D")
        Duration renewGrace();

        @WithDefault("P45D")
        Duration autoRenewGrace();

        @WithDefault("P5D")
        Duration transferGrace();

        @WithDefault("P30D")
        Duration redemption();

        @WithDefault("P5D")
        Duration pendingDelete();

        @WithDefault("P60D")
        Duration transferLockAfterCreate();

        @WithDefault("false")
        boolean autoRenewsAtExpiry();

        @WithDefault("1")
        int minAdmin();

        @WithDefault("1")
        int maxAdmin();

        @WithDefault("1")
        int minTech();

        @WithDefault("3")
        int maxTech();

        @WithDefault("true")
        boolean hostObjects();

        @WithDefault("0")
        int minNameservers();

        @WithDefault("13")
        int maxNameservers();

        @WithDefault("ANY")
        RegistryPolicy.HolderEligibility holderEligibility();

        @WithDefault("UPDATE")
        RegistryPolicy.HolderChangeProcedure holderChange();

        /** Whether the registry offers a fee extension (also read from its greeting). */
        @WithDefault("false")
        boolean feeExtension();

        @WithDefault("EUR")
        String currency();

        /** Length of the transfer secrets the gateway generates (6-16 suits Verisign, AFNIC and RFC 5731). */
        @WithDefault("16")
        int authCodeLength();

        /** Special characters a generated transfer secret draws one from; empty = letters and digits only. */
        @WithDefault("!#$%*+-=?@^_")
        String authCodeSpecials();

        /** Whether the registry aligns an expiry day on request (Verisign ConsoliDate, {@code sync}). */
        @WithDefault("false")
        boolean expirySync();

        /** Per TLD (without dot): tariff used when the registry gives no fee. */
        Map<String, TariffConfig> tariffs();
    }

    interface TariffConfig {
        BigDecimal create();

        BigDecimal renew();

        BigDecimal transfer();

        BigDecimal restore();

        Optional<BigDecimal> holderChange();
    }

    /** The policy of one registry as a value object. */
    default RegistryPolicy policy(String registryId) {
        Registry registry = registries().get(registryId);
        if (registry == null) {
            throw new IllegalArgumentException("no registry configured with id " + registryId);
        }
        Policy p = registry.policy();
        Map<String, RegistryPolicy.Tariff> tariffs = p.tariffs().entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> {
                    TariffConfig t = e.getValue();
                    return new RegistryPolicy.Tariff(p.currency(), new Fee(t.create(), p.currency()),
                            new Fee(t.renew(), p.currency()), new Fee(t.transfer(), p.currency()),
                            new Fee(t.restore(), p.currency()),
                            t.holderChange().map(f -> new Fee(f, p.currency())));
                }));
        return new RegistryPolicy(registryId, registry.tlds(), p.createYears(), p.renewYears(),
                p.maxNamesPerCheck(),
                new RegistryPolicy.GracePeriods(p.addGrace(), p.renewGrace(), p.autoRenewGrace(),
                        p.transferGrace(), p.redemption(), p.pendingDelete()),
                p.transferLockAfterCreate(), p.autoRenewsAtExpiry(),
                new RegistryPolicy.ContactRules(p.minAdmin(), p.maxAdmin(), p.minTech(), p.maxTech(),
                        p.hostObjects(), p.minNameservers(), p.maxNameservers()),
                p.holderEligibility(), p.holderChange(), p.feeExtension(), tariffs,
                new RegistryPolicy.AuthCodeRules(p.authCodeLength(), p.authCodeSpecials()), p.expirySync());
    }
}
