package com.ophos.registrar.jobs;

import com.ophos.registrar.registry.spi.RegistriesConfig;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * How many items of a run work at one registry at once: its EPP session slots (sessions × commands
 * in flight per session) times {@code registrar.runs.items-per-session}. More than one item per slot
 * keeps every session busy while other items do their database work between two commands; the
 * EPP pool queues the excess, so a run never opens more sessions than the registry allows.
 */
@ApplicationScoped
public class RegistryLanes {
    /** The lane of items that need no registry (a contract without a domain here). */
    public static final String NO_REGISTRY = "local";

    private final RegistriesConfig registries;
    private final RunsConfig runs;

    RegistryLanes(RegistriesConfig registries, RunsConfig runs) {
        this.registries = registries;
        this.runs = runs;
    }

    public int width(String registryId) {
        RegistriesConfig.Registry registry = registries.registries().get(registryId);
        if (registry == null) {
            return runs.itemsPerSession();
        }
        return registry.sessions().max() * registry.sessions().pipelining() * runs.itemsPerSession();
    }
}
