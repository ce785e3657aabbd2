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
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.quartz.Scheduler;
import org.quartz.impl.StdSchedulerFactory;
import org.quartz.utils.ConnectionProvider;
import org.quartz.utils.DBConnectionManager;

/**
 * Two gateway instances on one PostgreSQL: two run launchers with their own instance ids race the
 * same renewal run over the same due set, renewing at the sandbox registry over EPP/TLS. Every due
 * name is renewed once at the registry and charged once; and the Quartz clustered JDBC store that
 * fires the daily runs works on PostgreSQL, with a second scheduler instance joining the cluster.
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
    void quartzKeepsItsClusterOnPostgresAndASecondInstanceJoinsIt() throws Exception {
        assertThat(rows("SELECT version FROM flyway_schema_history WHERE success AND version = '5.0'")).hasSize(1);
        assertThat(rows("SELECT lock_name FROM qrtz_locks ORDER BY lock_name"))
                .contains("STATE_ACCESS", "TRIGGER_ACCESS");
        List<String> before = rows("SELECT sched_name || '/' || instance_name FROM qrtz_scheduler_state");
        assertThat(before).as("this gateway checked in to the cluster").hasSize(1);
        String schedulerName = before.get(0).substring(0, before.get(0).indexOf('/'));

        DBConnectionManager.getInstance().addConnectionProvider("second-gateway", new ConnectionProvider() {
            @Override
            public Connection getConnection() throws SQLException {
                return dataSource.getConnection();
            }

            @Override
            public void shutdown() {
            }

            @Override
            public void initialize() {
            }
        });
        Properties second = new Properties();
        second.setProperty("org.quartz.scheduler.instanceName", schedulerName);
        second.setProperty("org.quartz.scheduler.instanceId", "second-gateway");
        second.setProperty("org.quartz.threadPool.threadCount", "1");
        second.setProperty("org.quartz.jobStore.class", "org.quartz.impl.jdbcjobstore.JobStoreTX");
        second.setProperty("org.quartz.jobStore.driverDelegateClass", "org.quartz.impl.jdbcjobstore.PostgreSQLDelegate");
        second.setProperty("org.quartz.jobStore.dataSource", "second-gateway");
        second.setProperty("org.quartz.jobStore.isClustered", "true");
        second.setProperty("org.quartz.jobStore.clusterCheckinInterval", "1000");
        Scheduler scheduler = new StdSchedulerFactory(second).getScheduler();
        scheduler.start();
        try {
            Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
            while (rows("SELECT instance_name FROM qrtz_scheduler_state").size() < 2 && Instant.now().isBefore(deadline)) {
                Thread.sleep(200);
            }
            assertThat(rows("SELECT instance_name FROM qrtz_scheduler_state WHERE sched_name = '" + schedulerName + "'"))
                    .hasSize(2).contains("second-gateway");
        } finally {
            scheduler.shutdown(true);
        }
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
