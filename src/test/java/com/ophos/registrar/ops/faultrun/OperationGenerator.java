package com.ophos.registrar.ops.faultrun;

import java.util.Optional;
import java.util.Random;

/**
 * One kind of operation in the fault run's mix, sent through the public API. A new flow joins the
 * run by adding a generator to the mix in {@link FaultRunTest}: it checks out what it works on from the {@link FaultRunWorld}, sends one request and returns the
 * operation the gateway accepted; the run waits for it and the audit compares the result.
 */
interface OperationGenerator {

    String name();

    /** Relative frequency in the mix. */
    int weight();

    /**
     * Sends one request. Empty when nothing can be worked on right now (no idle name) or the gateway
     * refused the request before accepting it (counted by the world, not an operation).
     */
    Optional<Submitted> submit(FaultRunWorld world, Random random);
}
