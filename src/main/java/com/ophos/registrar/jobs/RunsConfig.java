package com.ophos.registrar.jobs;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Scheduled runs ({@code registrar.runs.*}). Schedules are Quartz cron expressions; {@code off}
 * disables one (tests trigger runs themselves).
 */
@ConfigMapping(prefix = "registrar.runs")
public interface RunsConfig {

    /** Identifies this gateway instance in claims and run records; random when unset. */
    Optional<String> instanceId();

    /** How long a claimed item belongs to its instance; an instance that died frees its items after it. */
    @WithDefault("PT15M")
    Duration claimLease();

    /** Threads running manually triggered runs. */
    @WithDefault("2")
    int workers();

    /**
     * Items of a run in flight per EPP session slot of their registry (see {@link RegistryLanes});
     * with fewer, a session sits idle while its items do their database work between two commands
     * (the renewal benchmark: 1.28 x floor with 4, 2.5 x with 2; BENCHMARKS.md).
     */
    @WithDefault("4")
    int itemsPerSession();

    /** Longest wait for one registry command before the item is recorded as failed. */
    @WithDefault("PT60S")
    Duration registryTimeout();

    Renewal renewal();

    Notices notices();

    Release release();

    Poll poll();

    Reconciliation reconciliation();

    Settle settle();

    interface Renewal {
        @WithDefault("0 0 2 * * ?")
        String cron();

        /** Contracts whose term ends within this much are renewed (or suspended when unpaid). */
        @WithDefault("P1D")
        Duration lead();

        /** What an unpaid renewal leads to: R8 suspension, or termination at term. */
        @WithDefault("SUSPEND")
        UnpaidAction unpaidAction();

        /**
         * At registries that renew and bill at expiry (AFNIC), a name nobody pays for is deleted this
         * long before its expiry.
         */
        @WithDefault("P5D")
        Duration deleteBeforeAutoRenewal();
    }

    enum UnpaidAction { SUSPEND, TERMINATE }

    interface Notices {
        @WithDefault("0 0 8 * * ?")
        String cron();

        /** R15: notices at D-5, D-4, D-3, D-2 and D-1. */
        @WithDefault("5")
        int firstDayBefore();

        @WithDefault("billing@localhost")
        String mailFrom();
    }

    interface Release {
        @WithDefault("0 30 3 * * ?")
        String cron();

        /**
         * Registries where a released name is let go (left to expire) rather than deleted; never
         * applied to a registry that renews at expiry.
         */
        Optional<List<String>> letExpireAt();
    }

    interface Poll {
        @WithDefault("0 */5 * * * ?")
        String cron();

        /** Messages taken from one registry's queue per run, so that one busy queue cannot hold a run forever. */
        @WithDefault("1000")
        int maxMessagesPerRegistry();
    }

    interface Reconciliation {
        @WithDefault("0 0 4 * * ?")
        String cron();
    }

    /** The settle run: operations whose outcome is unknown are reconciled without waiting for a restart. */
    interface Settle {
        @WithDefault("0 * * * * ?")
        String cron();

        /**
         * An entry unknown for less than this is left to the flow that just marked it (a renew or delete
         * reconciles at once, an API request's attempts retry every few seconds).
         */
        @WithDefault("PT2M")
        Duration grace();

        /**
         * An entry running (sent, no 1001) for longer than this was abandoned by a worker or instance that
         * died: far longer than one attempt's registry commands can take, each bounded by the registry timeout.
         */
        @WithDefault("PT15M")
        Duration abandonedAfter();
    }
}
