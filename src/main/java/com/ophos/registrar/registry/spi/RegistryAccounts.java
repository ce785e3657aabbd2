package com.ophos.registrar.registry.spi;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * R24: a registry account as the router knows it. The main account of registry {@code verisign} is
 * routed as {@code verisign}; its account {@code reseller} as {@code verisign.reseller}, which is also
 * what a domain held under it stores as its registry id, so every flow reaching the registry through
 * {@code byId(domain.registryId)} speaks as the account that sponsors the name.
 */
public final class RegistryAccounts {
    private static final String SEPARATOR = ".";

    private RegistryAccounts() {
    }

    public static String id(String registryId, String accountName) {
        return registryId + SEPARATOR + accountName;
    }

    /** The configured registry an adapter id belongs to: itself for a main account. */
    public static String registryOf(String adapterId) {
        int separator = adapterId.indexOf(SEPARATOR);
        return separator < 0 ? adapterId : adapterId.substring(0, separator);
    }

    /**
     * The configuration of one further account: the registry's, logging in with the account's
     * credentials.
     */
    public static RegistriesConfig.Registry asRegistry(RegistriesConfig.Registry registry,
                                                       RegistriesConfig.Account account) {
        return new AccountView(registry, account);
    }

    private record AccountView(RegistriesConfig.Registry registry, RegistriesConfig.Account account)
            implements RegistriesConfig.Registry {
        @Override
        public String flavour() {
            return registry.flavour();
        }

        @Override
        public List<String> tlds() {
            return registry.tlds();
        }

        @Override
        public boolean sandbox() {
            return registry.sandbox();
        }

        @Override
        public String host() {
            return registry.host();
        }

        @Override
        public int port() {
            return registry.port();
        }

        @Override
        public String clientId() {
            return account.clientId();
        }

        @Override
        public String password() {
            return account.password();
        }

        @Override
        public RegistriesConfig.Tls tls() {
            return registry.tls();
        }

        @Override
        public RegistriesConfig.Sessions sessions() {
            return registry.sessions();
        }

        @Override
        public Optional<List<String>> extensions() {
            return registry.extensions();
        }

        @Override
        public RegistriesConfig.Policy policy() {
            return registry.policy();
        }

        @Override
        public Map<String, RegistriesConfig.Account> accounts() {
            return Map.of();
        }

        @Override
        public String toString() {
            return "account " + account.clientId() + " at " + registry.host();
        }
    }
}
