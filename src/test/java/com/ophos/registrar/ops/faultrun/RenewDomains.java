package com.ophos.registrar.ops.faultrun;

import java.util.Optional;
import java.util.Random;

/** Renews a registered name by one year (the run's names stay far below the 10-year ceiling). */
final class RenewDomains implements OperationGenerator {
    private final int weight;

    RenewDomains(int weight) {
        this.weight = weight;
    }

    @Override
    public String name() {
        return "renew";
    }

    @Override
    public int weight() {
        return weight;
    }

    @Override
    public Optional<Submitted> submit(FaultRunWorld world, Random random) {
        return world.checkOutRegistered(random, FaultRunWorld.MAX_RENEWALS_PER_NAME).flatMap(name ->
                world.acceptedOrReturn(name(), name, world.frontend(random).body("{\"years\":1}")
                        .post("/api/v1/domains/" + name + "/renewals")));
    }
}
