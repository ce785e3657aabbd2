package com.ophos.registrar.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import com.ophos.registrar.billing.ledger.ChargeKind;
import com.ophos.registrar.lifecycle.model.Operation;
import com.ophos.registrar.sandbox.EppCommandType;
import com.ophos.registrar.sandbox.SandboxRegistries;
import com.ophos.registrar.sandbox.SandboxRegistry;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Two gateway instances on one PostgreSQL: two run launchers with their own instance ids race the
 * same renewal run over the same due set, renewing at the sandbox registry over EPP/TLS. Every due
 * name is renewed once at the registry and charged once; and the Quartz clustered JDBC store that
 * fires the daily runs works on PostgreSQL (its tables migrated, this instance checked in).
 */
@QuarkusTest
@TestProfile(RunsOnPostgres.class)
class RenewalRunOnPostgresTest {
    private static final String REGISTRY = "verisign";

    @Inject
    SandboxDueRenewals dueRenewals;

    @Inject
    RunFixtures fixtures;

    @Inject
    RunLauncher instanceA;

    @Inject
    @Any
    Instance<RunWork> works;

    @Inject
    ItemClaims claims;

    @Inject
    RunMetrics metrics;

    @Inject
    Clock clock;

    @Inject
    TestClock testClock;

    @Inject
    RunsConfig config;

    @Inject
    SandboxRegistries sandboxes;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void twoInstancesRacingOneRenewalRunRenewEachDueNameOnceAtTheRegistryAndChargeItOnce() throws Exception {
        Instant activated = Instant.parse("2026-06-01T10:00:00Z");
        List<SandboxDueRenewals.Due> due = dueRenewals.create(REGISTRY, "pg-race", 30, activated);
        SandboxRegistry sandbox = sandboxes.registry(REGISTRY);
        long renewsBefore = sandbox.commandsReceived(EppCommandType.DOMAIN_RENEW);
        testClock.set(Instant.parse("2027-05-31T22:00:00Z"));
        RunLauncher instanceB = new RunLauncher(works, claims, metrics, clock, config, "gateway-b");

        ExecutorService gateways = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<JobRun>> racing = new ArrayList<>();
        for (RunLauncher instance : List.of(instanceA, instanceB)) {
            Callable<JobRun> run = () -> {
                start.await();
                return instance.runNow(RunKind.RENEWAL, JobRun.Trigger.SCHEDULE, "scheduler");
            };
            racing.add(gateways.submit(run));
        }
        start.countDown();
        List<JobRun> runs = new ArrayList<>();
        for (Future<JobRun> run : racing) {
            runs.add(run.get());
        }
        gateways.shutdown();

        assertThat(runs).extracting(r -> r.instanceId).containsExactly(RunsOnPostgres.INSTANCE, "gateway-b");
        assertThat(runs).allSatisfy(r -> assertThat(r.state).isEqualTo(JobRun.State.FINISHED));
        assertThat(sandbox.commandsReceived(EppCommandType.DOMAIN_RENEW) - renewsBefore)
                .as("renew commands at the registry").isEqualTo(due.size());
        for (SandboxDueRenewals.Due d : due) {
            Instant renewed = d.expiry().atZone(ZoneOffset.UTC).plusYears(1).toInstant();
            assertThat(sandbox.domain(d.domain()).orElseThrow().expires()).as(d.domain()).isEqualTo(renewed);
            assertThat(fixtures.expiryInOurTable(d.domain())).as("expiry read back").isEqualTo(renewed);
            assertThat(fixtures.ledger(d.customerId(), ChargeKind.REGISTRY_RENEW)).as(d.domain()).hasSize(1);
            assertThat(fixtures.ledger(d.customerId(), ChargeKind.CONTRACT_RENEWAL)).as(d.domain()).hasSize(1);
            assertThat(QuarkusTransaction.requiringNew().call(() -> Operation.count("domain = ?1 and kind = ?2",
                    d.domain(), Operation.Kind.DOMAIN_RENEW))).as(d.domain()).isEqualTo(1);
            long done = runs.stream().flatMap(r -> fixtures.outcomes(r.id, d.domain()).stream())
                    .filter(o -> o.outcome == ItemResult.Status.DONE).count();
            assertThat(done).as("runs that renewed " + d.domain()).isEqualTo(1);
        }
        assertThat(runs.stream().mapToInt(r -> r.done).sum()).isEqualTo(due.size());
    }

    @Test
    void quartzClusteredJobStoreRunsOnPostgres() throws Exception {
        assertThat(rows("SELECT version FROM flyway_schema_history WHERE success AND version = '5.0'")).hasSize(1);
        assertThat(rows("SELECT lock_name FROM qrtz_locks ORDER BY lock_name"))
                .contains("STATE_ACCESS", "TRIGGER_ACCESS");
        assertThat(rows("SELECT sched_name || '/' || instance_name FROM qrtz_scheduler_state"))
                .as("this gateway checked in to the cluster").hasSize(1);
    }

    private List<String> rows(String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            while (result.next()) {
                values.add(result.getString(1));
            }
        }
        return values;
    }
}
