package com.ophos.registrar.registry.guard;

import com.ophos.registrar.registry.spi.RegistriesConfig;
import com.ophos.registrar.registry.spi.RegistryAccounts;
import com.ophos.registrar.registry.spi.RegistryAdapter;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.faulttolerance.api.CircuitBreakerState;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One {@link RegistryGuard} per configured registry, its limits from {@code registrar.fault-tolerance},
 * its bulkhead as wide as this instance's share of the registry's sessions × pipelining. Publishes each breaker's state
 * ({@code registrar_registry_circuit_state}: 0 closed, 1 half-open, 2 open) and the calls turned away
 * ({@code registrar_registry_calls_refused_total}, reason circuit-open or busy) and the bulkhead's
 * width ({@code registrar_registry_bulkhead_width}).
 */
@ApplicationScoped
public class RegistryGuards {
    private final RegistriesConfig registries;
    private final RegistryGuardsConfig config;
    private final MeterRegistry meters;
    private final Map<String, RegistryGuard> guards = new ConcurrentHashMap<>();

    public RegistryGuards(RegistriesConfig registries, RegistryGuardsConfig config, MeterRegistry meters) {
        this.registries = registries;
        this.config = config;
        this.meters = meters;
    }

    /** The adapter behind its registry's guard; the guard is made on first use and kept. */
    public RegistryAdapter guard(RegistryAdapter adapter) {
        return new GuardedRegistryAdapter(adapter, guards.computeIfAbsent(adapter.registryId(), this::newGuard));
    }

    public Optional<RegistryGuard> of(String registryId) {
        return Optional.ofNullable(guards.get(registryId));
    }

    /** A further account of a registry (R24) has its own guard, configured like its registry's. */
    private RegistryGuard newGuard(String registryId) {
        String configured = RegistryAccounts.registryOf(registryId);
        RegistriesConfig.Sessions sessions = registries.registries().get(configured).sessions();
        // The whole limit until the session leases give this instance its share (every account is leased, R24).
        RegistryGuard guard = new RegistryGuard(registryId, config.registries().get(configured),
                Math.max(1, sessions.max()), sessions.pipelining(), new MeteredRefusals());
        Gauge.builder("registrar.registry.circuit.state", guard, g -> level(g.state()))
                .description("0 closed, 1 half-open, 2 open: whether commands reach the registry")
                .tag("registry", registryId)
                .register(meters);
        Gauge.builder("registrar.registry.bulkhead.width", guard, RegistryGuard::bulkheadWidth)
                .description("Calls this instance lets through to the registry at once (its session share x pipelining)")
                .tag("registry", registryId)
                .register(meters);
        return guard;
    }

    private static double level(CircuitBreakerState state) {
        return switch (state) {
            case CLOSED -> 0;
            case HALF_OPEN -> 1;
            case OPEN -> 2;
        };
    }

    private final class MeteredRefusals implements RegistryGuard.RefusalCounter {
        @Override
        public void circuitOpen(String registryId) {
            counter(registryId, "circuit-open").increment();
        }

        @Override
        public void busy(String registryId) {
            counter(registryId, "busy").increment();
        }

        private Counter counter(String registryId, String reason) {
            return Counter.builder("registrar.registry.calls.refused")
                    .description("Calls turned away before reaching the registry")
                    .tag("registry", registryId).tag("reason", reason)
                    .register(meters);
        }
    }
}
