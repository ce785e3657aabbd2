package com.ophos.registrar.ops.faultrun;

import java.util.Optional;
import java.util.Random;

/** Deletes a registered name (inside the add grace period: the create charge is refunded). */
final class DeleteDomains implements OperationGenerator {
    private final int weight;

    DeleteDomains(int weight) {
        this.weight = weight;
    }

    @Override
    public String name() {
        return "delete";
    }

    @Override
    public int weight() {
        return weight;
    }

    @Override
    public Optional<Submitted> submit(FaultRunWorld world, Random random) {
        return world.checkOutRegistered(random, Integer.MAX_VALUE).flatMap(name ->
                world.acceptedOrReturn(name(), name, world.frontend(random).delete("/api/v1/domains/" + name)));
    }
}
