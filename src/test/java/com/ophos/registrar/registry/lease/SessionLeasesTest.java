package com.ophos.registrar.registry.lease;

import static org.assertj.core.api.Assertions.assertThat;

import static org.awaitility.Awaitility.await;

import com.ophos.registrar.registry.guard.RegistryGuard;
import com.ophos.registrar.registry.guard.RegistryGuards;
import com.ophos.registrar.registry.spi.RegistriesConfig;
import com.ophos.registrar.registry.spi.RegistryAccounts;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutorService;
import org.junit.jupiter.api.Test;

/**
 * Two (and more) gateway instances sharing one registry's account-wide session limit through the
 * lease table, here on H2; {@link SessionLeasesOnPostgresTest} runs the same on PostgreSQL. Each test
 * uses a registry id of its own, apart from the leases the running gateway's heartbeat holds.
 */
@QuarkusTest
class SessionLeasesTest {
    private static final Duration TTL = Duration.ofSeconds(30);
    private static final int LIMIT = 4;

    @Inject
    SessionLeases leases;

    @Inject
    RegistryGuards guards;

    @Inject
    RegistriesConfig registries;

    /**
     * The running gateway's own heartbeat: another instance arrives at the Verisign account, this one
     * steps down to half the sessions and its guard lets half as many calls through; the other leaves,
     * and the whole limit comes back.
     */
    @Test
    void theRunningGatewaysBulkheadFollowsItsShareOfTheSessions() {
        RegistriesConfig.Sessions sessions = registries.registries().get("verisign").sessions();
        RegistryGuard guard = guards.of("verisign").orElseThrow();
        int whole = sessions.max() * sessions.pipelining();
        await().atMost(Duration.ofSeconds(60)).until(() -> guard.bulkheadWidth() == whole);
        try {
            await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1)).until(() -> {
                leases.claim("verisign", "gw-other", sessions.max(), TTL);
                return guard.bulkheadWidth() == sessions.max() / 2 * sessions.pipelining();
            });
        } finally {
            leases.release("verisign", "gw-other");
        }
        await().atMost(Duration.ofSeconds(90)).until(() -> guard.bulkheadWidth() == whole);
    }

    /** R24: a further account is another registrar login with its own session limit, leased apart. */
    @Test
    void aFurtherRegistryAccountIsLeasedOnItsOwn_andItsBulkheadFollowsItsShare() {
        String reseller = RegistryAccounts.id("verisign", "reseller");
        RegistriesConfig.Sessions sessions = registries.registries().get("verisign").sessions();
        RegistryGuard guard = guards.of(reseller).orElseThrow();
        int whole = sessions.max() * sessions.pipelining();
        await().atMost(Duration.ofSeconds(60)).until(() -> leases.held(reseller) == sessions.max()
                && guard.bulkheadWidth() == whole);
        try {
            await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1)).until(() -> {
                leases.claim(reseller, "gw-other", sessions.max(), TTL);
                return guard.bulkheadWidth() == sessions.max() / 2 * sessions.pipelining();
            });
            assertThat(leases.held(reseller)).isEqualTo(sessions.max());
        } finally {
            leases.release(reseller, "gw-other");
        }
        await().atMost(Duration.ofSeconds(90)).until(() -> guard.bulkheadWidth() == whole);
    }

    @Test
    void aSecondInstanceGetsWhatTheFirstLeavesFree_thenBothHoldTheirFairShare() {
        String registry = newRegistry();

        assertThat(leases.claim(registry, "gw-a", LIMIT, TTL)).isEqualTo(4);
        assertThat(leases.claim(registry, "gw-b", LIMIT, TTL)).isZero();
        assertThat(leases.held(registry)).isEqualTo(4);

        // at its next heartbeat the first instance steps down to its fair share, then the second takes its own
        assertThat(leases.claim(registry, "gw-a", LIMIT, TTL)).isEqualTo(2);
        assertThat(leases.claim(registry, "gw-b", LIMIT, TTL)).isEqualTo(2);
        assertThat(leases.held(registry)).isEqualTo(4);
    }

    @Test
    void anOddLimitGoesToTheFirstInstanceIdsAndNeverExceedsTheLimit() {
        String registry = newRegistry();
        for (int round = 0; round < 3; round++) {
            for (String instance : List.of("gw-a", "gw-b", "gw-c")) {
                leases.claim(registry, instance, 5, TTL);
                assertThat(leases.held(registry)).isLessThanOrEqualTo(5);
            }
        }
        assertThat(leases.claim(registry, "gw-a", 5, TTL)).isEqualTo(2);
        assertThat(leases.claim(registry, "gw-b", 5, TTL)).isEqualTo(2);
        assertThat(leases.claim(registry, "gw-c", 5, TTL)).isEqualTo(1);
    }

    @Test
    void aDeadInstancesShareReturnsOnceItsLeaseHasExpired() throws Exception {
        String registry = newRegistry();
        assertThat(leases.claim(registry, "gw-dead", LIMIT, Duration.ofMillis(800))).isEqualTo(4);
        assertThat(leases.claim(registry, "gw-alive", LIMIT, TTL)).isZero();

        Thread.sleep(1_000);

        assertThat(leases.claim(registry, "gw-alive", LIMIT, TTL)).isEqualTo(4);
        assertThat(leases.held(registry)).isEqualTo(4);
    }

    @Test
    void anInstanceShuttingDownGivesItsShareBackAtOnce() {
        String registry = newRegistry();
        leases.claim(registry, "gw-a", LIMIT, TTL);
        leases.claim(registry, "gw-b", LIMIT, TTL);

        leases.release(registry, "gw-a");

        assertThat(leases.claim(registry, "gw-b", LIMIT, TTL)).isEqualTo(4);
    }

    @Test
    void instancesClaimingAtTheSameTimeNeverHoldMoreThanTheLimit() throws Exception {
        String registry = newRegistry();
        leases.claim(registry, "gw-0", LIMIT, TTL);
        ExecutorService instances = Executors.newFixedThreadPool(6);
        try {
            for (int round = 0; round < 5; round++) {
                List<CompletableFuture<Integer>> claims = new ArrayList<>();
                for (int i = 0; i < 6; i++) {
                    String instance = "gw-" + i;
                    claims.add(CompletableFuture.supplyAsync(() -> leases.claim(registry, instance, LIMIT, TTL),
                            instances));
                }
                int granted = claims.stream().mapToInt(CompletableFuture::join).sum();
                assertThat(granted).isLessThanOrEqualTo(LIMIT);
                assertThat(leases.held(registry)).isLessThanOrEqualTo(LIMIT);
            }
        } finally {
            instances.shutdownNow();
        }
        // six instances for four sessions: after two quiet heartbeats each, all four are in use
        int[] last = new int[6];
        for (int pass = 0; pass < 2; pass++) {
            for (int i = 0; i < 6; i++) {
                last[i] = leases.claim(registry, "gw-" + i, LIMIT, TTL);
            }
        }
        assertThat(last).containsExactly(1, 1, 1, 1, 0, 0);
    }

    private static String newRegistry() {
        return "lease-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
