package com.ophos.registrar.sandbox;

import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/** When a fault fires: for the next N commands, or each command with probability p. */
public final class FaultTrigger {
    private final AtomicInteger remaining;
    private final double probability;
    private final Random random;
    private final EppCommandType only;
    private final AtomicInteger spared;
    private final AtomicLong fired = new AtomicLong();

    private FaultTrigger(int count, double probability, long seed, EppCommandType only) {
        this(0, count, probability, seed, only);
    }

    private FaultTrigger(int spare, int count, double probability, long seed, EppCommandType only) {
        this.spared = new AtomicInteger(spare);
        this.remaining = new AtomicInteger(count);
        this.probability = probability;
        this.random = new Random(seed);
        this.only = only;
    }

    public static FaultTrigger next(int commands) {
        return new FaultTrigger(commands, 0, 0, null);
    }

    /** The next N commands of one type (e.g. the domain create after a flow's checks and contact creates). */
    public static FaultTrigger next(int commands, EppCommandType type) {
        return new FaultTrigger(commands, 0, 0, type);
    }

    /**
     * The N commands of one type that follow the next {@code spare} of it, e.g. a transfer approval
     * after the transfer query that checks there is something to approve.
     */
    public static FaultTrigger after(int spare, int commands, EppCommandType type) {
        return new FaultTrigger(spare, commands, 0, 0, type);
    }

    /** Fires at random; the seed makes a benchmark run repeatable. */
    public static FaultTrigger probability(double p, long seed) {
        if (p < 0 || p > 1) {
            throw new IllegalArgumentException("probability must be within [0, 1]: " + p);
        }
        return new FaultTrigger(0, p, seed, null);
    }

    public static FaultTrigger never() {
        return next(0);
    }

    /** How many commands this trigger has hit so far (a fault run reports what it injected). */
    public long fired() {
        return fired.get();
    }

    /** Whether this command is hit; consumes one of the N. */
    boolean fires(EppCommandType type) {
        if (only != null && only != type) {
            return false;
        }
        if (spared.getAndUpdate(n -> n > 0 ? n - 1 : 0) > 0) {
            return false;
        }
        boolean hit;
        if (probability > 0) {
            synchronized (random) {
                hit = random.nextDouble() < probability;
            }
        } else {
            hit = remaining.getAndUpdate(n -> n > 0 ? n - 1 : 0) > 0;
        }
        if (hit) {
            fired.incrementAndGet();
        }
        return hit;
    }
}
