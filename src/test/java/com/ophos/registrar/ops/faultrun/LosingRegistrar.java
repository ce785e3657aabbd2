package com.ophos.registrar.ops.faultrun;

import com.ophos.registrar.sandbox.SandboxRegistry;
import java.util.Random;

/**
 * The registrar the run's transfers take names from: it decides every transfer pending at the registry
 * for one of the run's names, approving four in five and rejecting the rest (seeded), as its own
 * domain:transfer op="approve"/"reject" would. Each decision puts a notice in our poll queue.
 */
final class LosingRegistrar {
    private final SandboxRegistry registry;
    private final Random random;
    private int approved;
    private int rejected;

    LosingRegistrar(SandboxRegistry registry, long seed) {
        this.registry = registry;
        this.random = new Random(seed);
    }

    /** Decides what is pending now; returns how many it decided. */
    synchronized int decide(FaultRunWorld world) {
        int decided = 0;
        for (String name : new java.util.TreeSet<>(world.transfers().keySet())) {
            boolean pending = registry.domain(name).flatMap(d -> d.pendingTransfer()).isPresent();
            if (!pending) {
                continue;
            }
            if (random.nextInt(5) == 0) {
                registry.transferRejectedBySponsor(name);
                rejected++;
            } else {
                registry.transferApprovedBySponsor(name);
                approved++;
            }
            decided++;
        }
        return decided;
    }

    synchronized int approved() {
        return approved;
    }

    synchronized int rejected() {
        return rejected;
    }
}
