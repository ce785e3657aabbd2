package com.ophos.registrar.registry;

import com.ophos.registrar.registry.guard.RegistryGuards;
import com.ophos.registrar.registry.spi.RegistriesConfig;
import com.ophos.registrar.registry.spi.RegistryAccounts;
import com.ophos.registrar.registry.spi.RegistryAdapter;
import com.ophos.registrar.registry.spi.RegistryAdapterFactory;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * One adapter per configured registry ({@code registrar.registries.<id>}), built by the factory of
 * its flavour, and the TLD table that sends each name to its registry. Built at startup so that a
 * registry without (or with two) factories stops the gateway with its name in the message.
 */
@Startup
@ApplicationScoped
public class RegistryRouter {
    private static final Logger LOG = Logger.getLogger(RegistryRouter.class);
    private static final Duration CLOSE_WAIT = Duration.ofSeconds(10);

    private final Map<String, RegistryAdapter> adaptersById = new LinkedHashMap<>();
    /** Routed id (main or further account, R24) → the registry it is an account at. */
    private final Map<String, String> registryByAccount = new LinkedHashMap<>();
    /** Registry id → the client ids of every account we hold there (R24). */
    private final Map<String, Set<String>> clientIdsByRegistry = new LinkedHashMap<>();
    /** TLD or multi-label suffix (e.g. {@code co.uk}) → registry id. */
    private final Map<String, String> registryBySuffix = new TreeMap<>();

    @Inject
    public RegistryRouter(RegistriesConfig config, Instance<RegistryAdapterFactory> factories, RegistryGuards guards) {
        this(config, factories, guards::guard);
    }

    /** {@code guard} puts each adapter behind its registry's fault tolerance (timeout, breakers, bulkhead). */
    RegistryRouter(RegistriesConfig config, Instance<RegistryAdapterFactory> factories,
                   UnaryOperator<RegistryAdapter> guard) {
        List<RegistryAdapterFactory> available = factories.stream().toList();
        config.registries().forEach((id, registry) -> {
            RegistryAdapterFactory factory = factoryFor(id, registry.flavour(), available);
            adaptersById.put(id, guard.apply(factory.create(id, registry, config.policy(id))));
            registryByAccount.put(id, id);
            Set<String> clientIds = new HashSet<>();
            clientIds.add(registry.clientId());
            registry.accounts().values().forEach(account -> clientIds.add(account.clientId()));
            clientIds.remove(null);
            clientIdsByRegistry.put(id, Set.copyOf(clientIds));
            registry.accounts().forEach((name, account) -> {
                String accountId = RegistryAccounts.id(id, name);
                if (config.registries().containsKey(accountId)) {
                    throw new IllegalStateException("account " + name + " of registry " + id
                            + " is routed as " + accountId + ", which is also a configured registry");
                }
                adaptersById.put(accountId, guard.apply(factory.create(accountId,
                        RegistryAccounts.asRegistry(registry, account), config.policy(id))));
                registryByAccount.put(accountId, id);
            });
            for (String tld : registry.tlds()) {
                String suffix = normaliseSuffix(tld);
                String previous = registryBySuffix.putIfAbsent(suffix, id);
                if (previous != null) {
                    throw new IllegalStateException("TLD ." + suffix + " is configured for both registry "
                            + previous + " and registry " + id);
                }
            }
        });
        LOG.infof("registries: %s", registryBySuffix);
    }

    private static RegistryAdapterFactory factoryFor(String registryId, String flavour,
                                                     List<RegistryAdapterFactory> available) {
        List<RegistryAdapterFactory> matching = available.stream()
                .filter(f -> f.flavour().equals(flavour)).toList();
        if (matching.isEmpty()) {
            throw new IllegalStateException("registry " + registryId + ": no adapter factory for flavour '"
                    + flavour + "' (available: " + available.stream().map(RegistryAdapterFactory::flavour)
                    .sorted().collect(Collectors.joining(", ")) + ")");
        }
        if (matching.size() > 1) {
            throw new IllegalStateException("registry " + registryId + ": " + matching.size()
                    + " adapter factories claim flavour '" + flavour + "'");
        }
        return matching.get(0);
    }

    private static String normaliseSuffix(String tld) {
        String s = tld.trim().toLowerCase(Locale.ROOT);
        return s.startsWith(".") ? s.substring(1) : s;
    }

    /** The registry of an A-label name: the longest configured suffix wins (co.uk before uk). */
    public Optional<RegistryAdapter> find(String aLabel) {
        return suffixOf(aLabel).map(suffix -> adaptersById.get(registryBySuffix.get(suffix)));
    }

    /** The longest configured suffix (TLD) the A-label name falls under. */
    public Optional<String> suffixOf(String aLabel) {
        return registryBySuffix.keySet().stream()
                .filter(suffix -> aLabel.endsWith("." + suffix))
                .max(Comparator.comparingInt(String::length));
    }

    public RegistryAdapter route(String aLabel) {
        return find(aLabel).orElseThrow(() -> new UnsupportedTldException(aLabel));
    }

    public Optional<RegistryAdapter> byId(String registryId) {
        return Optional.ofNullable(adaptersById.get(registryId));
    }

    /** R24: the registry a routed id (main or further account) is an account at. */
    public Optional<String> registryOf(String accountId) {
        return Optional.ofNullable(registryByAccount.get(accountId));
    }

    /** Whether {@code clientId} is one of our own accounts at the registry of routed id {@code accountId}. */
    public boolean isOurAccount(String accountId, String clientId) {
        return registryOf(accountId).map(clientIdsByRegistry::get).map(ids -> ids.contains(clientId)).orElse(false);
    }

    /** Every account's adapter, main and further ones (R24). */
    public Collection<RegistryAdapter> all() {
        return List.copyOf(adaptersById.values());
    }

    void closeAll(@Observes ShutdownEvent shutdown) {
        for (RegistryAdapter adapter : adaptersById.values()) {
            try {
                adapter.close().await().atMost(CLOSE_WAIT);
            } catch (RuntimeException e) {
                LOG.warnf("registry %s did not close cleanly: %s", adapter.registryId(), e.getClass().getSimpleName());
            }
        }
    }
}
