package com.ophos.registrar.lifecycle;

import com.ophos.registrar.lifecycle.name.DomainName;
import com.ophos.registrar.lifecycle.name.InvalidDomainNameException;
import com.ophos.registrar.registry.RegistryRouter;
import com.ophos.registrar.registry.spi.DomainAvailability;
import com.ophos.registrar.registry.spi.Outcome;
import com.ophos.registrar.registry.spi.PriceSource;
import com.ophos.registrar.registry.spi.Quote;
import com.ophos.registrar.registry.spi.RegistryAdapter;
import com.ophos.registrar.registry.spi.RegistryException;
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
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Availability and price of a batch of names. Each name is validated and routed on its own: a bad
 * name gets its own refusal and is never sent. The rest go to their registries in batches no larger
 * than each registry accepts, all registries at once, through the {@link CheckCoalescer} (which also
 * merges them with other callers' names). Non-blocking: no thread waits for a registry.
 */
@ApplicationScoped
public class CheckDomains {
    private final RegistryRouter router;
    private final CheckCoalescer coalescer;
    private final Duration registryTimeout;

    public CheckDomains(RegistryRouter router, CheckCoalescer coalescer,
                        @ConfigProperty(name = "registrar.api.registry-timeout", defaultValue = "PT60S")
                        Duration registryTimeout) {
        this.router = router;
        this.coalescer = coalescer;
        this.registryTimeout = registryTimeout;
    }

    public Uni<List<NameCheck>> run(List<String> inputs) {
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

        return ask(namesByRegistry).map(answered -> inOrder(inputs, refused, valid, answered));
    }

    private static List<NameCheck> inOrder(List<String> inputs, Map<String, NameCheck> refused,
                                           Map<String, DomainName> valid, Map<String, NameCheck> answered) {
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

    private Uni<Map<String, NameCheck>> ask(Map<RegistryAdapter, Set<String>> namesByRegistry) {
        if (namesByRegistry.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        List<Uni<List<NameCheck>>> calls = new ArrayList<>();
        namesByRegistry.forEach((adapter, names) -> calls.add(coalescer.check(adapter, names)
                .ifNoItem().after(registryTimeout).failWith(() -> new RegistryException(adapter.registryId(),
                        Outcome.UNKNOWN, 0, "no answer to a domain check within " + registryTimeout, null, null))
                .map(answers -> answers.values().stream().filter(Objects::nonNull)
                        .map(a -> toNameCheck(adapter.policy(), a)).toList())));
        return Uni.join().all(calls).andFailFast()
                .map(all -> {
                    Map<String, NameCheck> byName = new HashMap<>();
                    all.forEach(list -> list.forEach(check -> byName.put(check.name().orElseThrow().aLabel(), check)));
                    return byName;
                });
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
