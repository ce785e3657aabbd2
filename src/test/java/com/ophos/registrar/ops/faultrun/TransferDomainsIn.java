package com.ophos.registrar.ops.faultrun;

import com.ophos.registrar.sandbox.SandboxRegistry;
import java.util.Optional;
import java.util.Random;

/**
 * Asks to transfer in a name another registrar holds at the sandbox ({@code POST
 * /api/v1/domains/transfers}), one time in ten with a wrong auth code (it must fail, leaving no trace).
 * The registry answers 1001; {@link LosingRegistrar} then approves or rejects and the poll run settles.
 */
final class TransferDomainsIn implements OperationGenerator {
    static final String LOSING_REGISTRAR = "other-registrar";
    private static final String AUTH_CODE = "Xfer-Code-1";

    private final int weight;
    private final SandboxRegistry registry;

    TransferDomainsIn(int weight, SandboxRegistry registry) {
        this.weight = weight;
        this.registry = registry;
    }

    @Override
    public String name() {
        return "transfer";
    }

    @Override
    public int weight() {
        return weight;
    }

    @Override
    public Optional<Submitted> submit(FaultRunWorld world, Random random) {
        String name = world.newTransferName(random);
        registry.registeredElsewhere(name, LOSING_REGISTRAR, AUTH_CODE);
        boolean rightCode = random.nextInt(10) != 0;
        world.transferAsked(new FaultRunWorld.TransferTarget(name, registry.domain(name).orElseThrow().expires(),
                rightCode));
        long contact = world.anyContact(random);
        String body = """
                {"customerId":%d,"name":"%s","authCode":"%s","years":1,"holder":%d,"admin":%d,"tech":[%d]}"""
                .formatted(world.customerId(), name, rightCode ? AUTH_CODE : "not-the-code", contact, contact, contact);
        return world.accepted(name(), name, world.frontend(random).body(body).post("/api/v1/domains/transfers"));
    }
}
