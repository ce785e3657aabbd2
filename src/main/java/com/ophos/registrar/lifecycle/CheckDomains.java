package com.ophos.registrar.lifecycle;

import com.ophos.registrar.lifecycle.name.DomainName;
import com.ophos.registrar.lifecycle.name.InvalidDomainNameException;
import com.ophos.registrar.registry.RegistryRouter;
import com.ophos.registrar.registry.spi.DomainAvailability;
import com.ophos.registrar.registry.spi.DomainCheck;
import com.ophos.registrar.registry.spi.PriceSource;
import com.ophos.registrar.registry.spi.Quote;
import com.ophos.registrar.registry.spi.RegistryAdapter;
import com.ophos.registrar.registry.spi.RegistryPolicy;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Availability and price of a batch of names. Each name is validated and routed on its own: a bad
 * name gets its own refusal and is never sent. The rest go to their registries in batches no larger
 * than each registry accepts, all registries at once.
 */
@ApplicationScoped
public class CheckDomains {
    private final RegistryRouter router;
    private final Duration registryTimeout;

    public CheckDomains(RegistryRouter router,
                        @ConfigProperty(name = "registrar.api.registry-timeout", defaultValue = "PT60S")
                        Duration registryTimeout) {
        this.router = router;
        this.registryTimeout = registryTimeout;
    }

    public List<NameCheck> run(List<String> inputs) {
        Map<String, NameCheck> refused = new HashMap<>();
        Map<String, DomainName> valid = new LinkedHashMap<>();
        Map<RegistryAdapter, Set<String>> namesByRegistry = new LinkedHashMap<>();
        for (String input : inputs) {
            DomainName name;
            try {
                name = DomainName.parse(input);
            } catch (InvalidDomainNameException e) {
                refused.put(input, NameCheck.refused(input, Optional.empty(), "invalid-name: " + e.reason().code()));
                continue;
            }
            Optional<RegistryAdapter> adapter = router.find(name.aLabel());
            if (adapter.isEmpty()) {
                refused.put(input, NameCheck.refused(input, Optional.of(name), "unsupported-tld"));
                continue;
            }
            valid.put(input, name);
            namesByRegistry.computeIfAbsent(adapter.get(), a -> new LinkedHashSet<>()).add(name.aLabel());
        }

        Map<String, NameCheck> answered = ask(namesByRegistry);
        List<NameCheck> results = new ArrayList<>(inputs.size());
        for (String input : inputs) {
            NameCheck answer = refused.get(input);
            if (answer == null) {
                DomainName name = valid.get(input);
                NameCheck byName = answered.get(name.aLabel());
                answer = byName == null
                        ? NameCheck.refused(input, Optional.of(name), "no-answer-from-registry")
                        : new NameCheck(input, byName.name(), byName.available(), byName.reason(),
                        byName.registryId(), byName.quote());
            }
            results.add(answer);
        }
        return results;
    }

    private Map<String, NameCheck> ask(Map<RegistryAdapter, Set<String>> namesByRegistry) {
        List<Uni<List<NameCheck>>> calls = new ArrayList<>();
        namesByRegistry.forEach((adapter, names) -> {
            for (List<String> batch : batches(List.copyOf(names), adapter.policy().maxNamesPerCheck())) {
                calls.add(adapter.checkDomains(new DomainCheck(batch, adapter.policy().feeExtension()))
                        .map(answers -> answers.stream().map(a -> toNameCheck(adapter.policy(), a)).toList()));
            }
        });
        Map<String, NameCheck> byName = new HashMap<>();
        if (calls.isEmpty()) {
            return byName;
        }
        List<List<NameCheck>> all = Uni.join().all(calls).andFailFast().await().atMost(registryTimeout);
        all.forEach(list -> list.forEach(check -> byName.put(check.name().orElseThrow().aLabel(), check)));
        return byName;
    }

    static List<List<String>> batches(List<String> names, int size) {
        List<List<String>> batches = new ArrayList<>();
        for (int from = 0; from < names.size(); from += size) {
            batches.add(names.subList(from, Math.min(from + size, names.size())));
        }
        return batches;
    }

    private static NameCheck toNameCheck(RegistryPolicy policy, DomainAvailability answer) {
        DomainName name = DomainName.parse(answer.name());
        Optional<Quote> quote = answer.quote().or(() -> configuredTariff(policy, name));
        return new NameCheck(answer.name(), Optional.of(name), answer.available(), answer.reason(),
                Optional.of(policy.registryId()), quote);
    }

    /** Registries without a fee extension (or that gave no fee) are priced by the configured tariff. */
    private static Optional<Quote> configuredTariff(RegistryPolicy policy, DomainName name) {
        return policy.tariff(name.tld()).map(t ->
                new Quote(Optional.of(t.create()), Optional.of(t.renew()), PriceSource.CONFIGURED_TARIFF, false));
    }
}
