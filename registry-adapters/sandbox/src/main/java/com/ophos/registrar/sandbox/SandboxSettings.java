package com.ophos.registrar.sandbox;

import com.ophos.registrar.epp.model.EppNamespaces;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * How one sandbox registry behaves: its dialect, the TLDs it serves, the registrar accounts that may
 * log in, its prices and its policy.
 *
 * @param accounts           registrar client id to password
 * @param feeNamespace       fee namespace announced when the flavour offers fees
 * @param maxSessionsPerClient concurrent logged-in sessions per client id before 2502
 * @param maxLoginFailures   failed logins on one connection before the server closes it
 * @param transferAutoApprove a pending transfer the losing registrar leaves alone is approved by the
 *                           server after this long
 */
public record SandboxSettings(SandboxFlavour flavour, List<String> tlds, Map<String, String> accounts,
                              Map<String, Tariff> tariffs, String feeNamespace, int maxNamesPerCheck,
                              Set<Integer> createYears, Set<Integer> renewYears, int maxNameservers,
                              Duration addGrace, Duration renewGrace, Duration redemption,
                              Duration pendingDelete, Duration transferLockAfterCreate,
                              Duration transferAutoApprove, int maxFrameBytes, int maxLoginFailures,
                              int maxSessionsPerClient, Duration idleTimeout, String host, int port) {

    public SandboxSettings {
        tlds = List.copyOf(tlds);
        accounts = Map.copyOf(accounts);
        tariffs = Map.copyOf(tariffs);
        createYears = Set.copyOf(createYears);
        renewYears = Set.copyOf(renewYears);
    }

    public static Builder builder(SandboxFlavour flavour, String... tlds) {
        return new Builder(flavour, List.of(tlds));
    }

    public List<String> extensionUris() {
        return flavour.extensionUris(feeNamespace);
    }

    public boolean feeOffered() {
        return flavour.offersFee();
    }

    /** Mutable builder with the defaults of a typical registry. */
    public static final class Builder {
        private final SandboxFlavour flavour;
        private List<String> tlds;
        private final Map<String, String> accounts = new LinkedHashMap<>();
        private final Map<String, Tariff> tariffs = new LinkedHashMap<>();
        private String feeNamespace = EppNamespaces.FEE;
        private int maxNamesPerCheck = 13;
        private Set<Integer> createYears = oneToTen();
        private Set<Integer> renewYears = oneToTen();
        private int maxNameservers = 13;
        private Duration addGrace = Duration.ofDays(5);
        private Duration renewGrace = Duration.ofDays(5);
        private Duration redemption = Duration.ofDays(30);
        private Duration pendingDelete = Duration.ofDays(5);
        private Duration transferLockAfterCreate = Duration.ofDays(60);
        private Duration transferAutoApprove = Duration.ofDays(5);
        private int maxFrameBytes = 1 << 20;
        private int maxLoginFailures = 3;
        private int maxSessionsPerClient = 4;
        private Duration idleTimeout = Duration.ofMinutes(10);
        private String host = "127.0.0.1";
        private int port;

        private Builder(SandboxFlavour flavour, List<String> tlds) {
            this.flavour = flavour;
            this.tlds = tlds;
        }

        private static Set<Integer> oneToTen() {
            return IntStream.rangeClosed(1, 10).boxed().collect(Collectors.toSet());
        }

        public Builder tlds(List<String> value) {
            tlds = value;
            return this;
        }

        public Builder account(String clientId, String password) {
            accounts.put(clientId, password);
            return this;
        }

        public Builder tariff(String tld, Tariff tariff) {
            tariffs.put(tld, tariff);
            return this;
        }

        public Builder feeNamespace(String value) {
            feeNamespace = value;
            return this;
        }

        public Builder maxNamesPerCheck(int value) {
            maxNamesPerCheck = value;
            return this;
        }

        public Builder createYears(Set<Integer> value) {
            createYears = value;
            return this;
        }

        public Builder renewYears(Set<Integer> value) {
            renewYears = value;
            return this;
        }

        public Builder maxNameservers(int value) {
            maxNameservers = value;
            return this;
        }

        public Builder addGrace(Duration value) {
            addGrace = value;
            return this;
        }

        public Builder renewGrace(Duration value) {
            renewGrace = value;
            return this;
        }

        public Builder redemption(Duration value) {
            redemption = value;
            return this;
        }

        public Builder pendingDelete(Duration value) {
            pendingDelete = value;
            return this;
        }

        public Builder transferLockAfterCreate(Duration value) {
            transferLockAfterCreate = value;
            return this;
        }

        public Builder transferAutoApprove(Duration value) {
            transferAutoApprove = value;
            return this;
        }

        public Builder maxFrameBytes(int value) {
            maxFrameBytes = value;
            return this;
        }

        public Builder maxLoginFailures(int value) {
            maxLoginFailures = value;
            return this;
        }

        public Builder maxSessionsPerClient(int value) {
            maxSessionsPerClient = value;
            return this;
        }

        public Builder idleTimeout(Duration value) {
            idleTimeout = value;
            return this;
        }

        public Builder host(String value) {
            host = value;
            return this;
        }

        public Builder port(int value) {
            port = value;
            return this;
        }

        public SandboxSettings build() {
            return new SandboxSettings(flavour, tlds, accounts, tariffs, feeNamespace, maxNamesPerCheck,
                    createYears, renewYears, maxNameservers, addGrace, renewGrace, redemption, pendingDelete,
                    transferLockAfterCreate, transferAutoApprove, maxFrameBytes, maxLoginFailures,
                    maxSessionsPerClient, idleTimeout, host, port);
        }
    }
}
