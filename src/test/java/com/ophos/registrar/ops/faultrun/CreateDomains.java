package com.ophos.registrar.ops.faultrun;

import java.util.Optional;
import java.util.Random;

/** Registers a fresh name (1 year) with one of the run's contacts as holder, admin and tech. */
final class CreateDomains implements OperationGenerator {
    private final int weight;

    CreateDomains(int weight) {
        this.weight = weight;
    }

    @Override
    public String name() {
        return "create";
    }

    @Override
    public int weight() {
        return weight;
    }

    @Override
    public Optional<Submitted> submit(FaultRunWorld world, Random random) {
        return submitWith(world, random, world.anyContact(random));
    }

    /** A create with {@code contact} as holder, admin and tech. */
    Optional<Submitted> submitWith(FaultRunWorld world, Random random, long contact) {
        String name = world.newName(random);
        String body = """
                {"customerId":%d,"name":"%s","years":1,"holder":%d,"admin":%d,"tech":[%d],
                 "nameservers":["ns1.ophos.example","ns2.ophos.example"]}"""
                .formatted(world.customerId(), name, contact, contact, contact);
        return world.accepted(name(), name, world.frontend(random).body(body).post("/api/v1/domains"));
    }
}
