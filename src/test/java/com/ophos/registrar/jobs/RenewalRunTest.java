package com.ophos.registrar.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.ophos.registrar.billing.contract.Contract;
import com.ophos.registrar.billing.contract.ContractSuspension;
import com.ophos.registrar.billing.ledger.ChargeKind;
import com.ophos.registrar.billing.ledger.LedgerEntry;
import com.ophos.registrar.lifecycle.model.Operation;
import com.ophos.registrar.registry.spi.RegistriesConfig;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import org.junit.jupiter.api.Test;

/**
 * The renewal run: exactly one registry renewal and one charge per due domain, with two runs racing
 * on one database; a rerun the same day takes only what is left; an unknown outcome is reconciled
 * from the registry's expiry; an unpaid renewal suspends the contract (R8). Each test uses its own
 * dates, so that the contracts of one are never due in another's run.
 */
@QuarkusTest
@TestProfile(JobsTestProfile.class)
class RenewalRunTest {
    private static final String REGISTRY = "verisign";

    @Inject
    RunFixtures fixtures;

    @Inject
    RunLauncher launcher;

    @Inject
    TestClock clock;

    @Inject
    RegistryLanes lanes;

    @Inject
    RegistriesConfig registries;

    private record Due(long customerId, long contractId, String domain, Instant expiry) {
    }

    @Test
    void twoRunsRacingRenewEachDueDomainExactlyOnce() throws Exception {
        Instant activated = Instant.parse("2025-03-01T10:00:00Z");
        List<Due> due = paidContracts("race", 20, activated);
        clock.set(Instant.parse("2026-02-28T22:00:00Z"));

        ExecutorService instances = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        Callable<JobRun> run = () -> {
            start.await();
            return launcher.runNow(RunKind.RENEWAL, JobRun.Trigger.SCHEDULE, "scheduler");
        };
        Future<JobRun> first = instances.submit(run);
        Future<JobRun> second = instances.submit(run);
        start.countDown();
        List<JobRun> runs = List.of(first.get(), second.get());
        instances.shutdown();

        for (Due d : due) {
            Instant renewedExpiry = d.expiry().atZone(ZoneOffset.UTC).plusYears(1).toInstant();
            assertThat(fixtures.registry(REGISTRY).renewalsOf(d.domain())).as(d.domain()).isEqualTo(1);
            assertThat(fixtures.registry(REGISTRY).expiry(d.domain())).hasValue(renewedExpiry);
            assertThat(fixtures.expiryInOurTable(d.domain())).as("expiry read back").isEqualTo(renewedExpiry);
            assertThat(fixtures.ledger(d.customerId(), ChargeKind.REGISTRY_RENEW)).hasSize(1)
                    .allSatisfy(e -> assertThat(e.amount).isEqualByComparingTo("10.26"));
            assertThat(fixtures.ledger(d.customerId(), ChargeKind.CONTRACT_RENEWAL)).hasSize(1)
                    .allSatisfy(e -> assertThat(e.amount).isEqualByComparingTo(RunFixtures.YEAR_OF_STARTER));
            assertThat(fixtures.contract(d.contractId()).termEndsAt)
                    .isEqualTo(activated.atZone(ZoneOffset.UTC).plusYears(2).toInstant());
            long doneByEither = runs.stream().flatMap(r -> fixtures.outcomes(r.id, d.domain()).stream())
                    .filter(o -> o.outcome == ItemResult.Status.DONE).count();
            assertThat(doneByEither).as("runs that renewed " + d.domain()).isEqualTo(1);
        }
        assertThat(runs).allSatisfy(r -> assertThat(r.state).isEqualTo(JobRun.State.FINISHED));
    }

    @Test
    void aRerunTakesOnlyWhatIsLeftAndAnUnknownOutcomeIsReconciledNotResent() {
        Instant activated = Instant.parse("2025-05-01T10:00:00Z");
        List<Due> due = paidContracts("rerun", 3, activated);
        String done = due.get(0).domain();
        String refused = due.get(1).domain();
        String answerLost = due.get(2).domain();
        fixtures.registry(REGISTRY).failNextRenew(refused, FakeRegistry.Fault.REFUSE_2304);
        fixtures.registry(REGISTRY).failNextRenew(answerLost, FakeRegistry.Fault.APPLY_THEN_LOSE_ANSWER);
        clock.set(Instant.parse("2026-04-30T22:00:00Z"));

        JobRun first = launcher.runNow(RunKind.RENEWAL, JobRun.Trigger.SCHEDULE, "scheduler");

        assertThat(outcome(first, done)).isEqualTo(ItemResult.Status.DONE);
        assertThat(outcome(first, refused)).isEqualTo(ItemResult.Status.FAILED);
        assertThat(outcome(first, answerLost)).isEqualTo(ItemResult.Status.DONE);
        assertThat(fixtures.registry(REGISTRY).renewalsOf(answerLost)).isEqualTo(1);
        assertThat(fixtures.ledger(due.get(2).customerId(), ChargeKind.REGISTRY_RENEW)).hasSize(1);
        assertThat(fixtures.registry(REGISTRY).renewalsOf(refused)).isZero();
        assertThat(fixtures.ledger(due.get(1).customerId(), ChargeKind.CONTRACT_RENEWAL)).isEmpty();

        clock.set(Instant.parse("2026-04-30T23:00:00Z"));
        JobRun rerun = launcher.runNow(RunKind.RENEWAL, JobRun.Trigger.MANUAL, "support");

        // Renewed contracts now end a year later: only the refused one is still due.
        assertThat(fixtures.outcomes(rerun.id, done)).isEmpty();
        assertThat(fixtures.outcomes(rerun.id, answerLost)).isEmpty();
        assertThat(outcome(rerun, refused)).isEqualTo(ItemResult.Status.DONE);
        for (Due d : due) {
            assertThat(fixtures.registry(REGISTRY).renewalsOf(d.domain())).as(d.domain()).isEqualTo(1);
            assertThat(fixtures.ledger(d.customerId(), ChargeKind.REGISTRY_RENEW)).as(d.domain()).hasSize(1);
            assertThat(fixtures.ledger(d.customerId(), ChargeKind.CONTRACT_RENEWAL)).as(d.domain()).hasSize(1);
        }
        List<Operation> refusedOps = QuarkusTransaction.requiringNew().call(() ->
                Operation.<Operation>list("domain = ?1 order by id", refused));
        assertThat(refusedOps).extracting(op -> op.state)
                .containsExactly(Operation.State.FAILED, Operation.State.SUCCEEDED);
    }

    @Test
    void itemsRunConcurrentlyUpToTheRegistrysSessionSlotsAndProgressShowsWhileRunning() {
        Instant activated = Instant.parse("2025-09-01T10:00:00Z");
        int width = lanes.width(REGISTRY);
        // More items than sessions are in flight (their database work overlaps); the registry's guard
        // lets only as many commands through as the sessions can carry (bulkhead), the others wait.
        RegistriesConfig.Sessions sessions = registries.registries().get(REGISTRY).sessions();
        int slots = Math.min(width, sessions.max() * sessions.pipelining());
        List<Due> due = paidContracts("lanes", width + 4, activated);
        Semaphore gate = new Semaphore(0);
        fixtures.registry(REGISTRY).holdRenewsAt(gate);
        clock.set(Instant.parse("2026-08-31T22:00:00Z"));
        try {
            JobRun run = launcher.launch(RunKind.RENEWAL, "support");

            // The registry's session slots fill up with items, and no more than that.
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                    assertThat(fixtures.registry(REGISTRY).renewsInFlightPeak()).as("renews at once").isEqualTo(slots));
            // Held renews keep their session slots, and the read-back info of a released item queues
            // behind them at the registry's bulkhead: items finish only while fewer renews than slots
            // are held. So all but two renews are let through; those two hold the run open.
            int held = 2;
            gate.release(due.size() - held);
            await().atMost(Duration.ofSeconds(60)).until(() -> doneOf(run, due) == due.size() - held);
            JobRun midway = fixtures.run(run.id);
            assertThat(midway.state).isEqualTo(JobRun.State.RUNNING);
            assertThat(midway.due).isGreaterThanOrEqualTo(due.size());
            assertThat(midway.done).as("progress while running").isGreaterThanOrEqualTo(due.size() - held)
                    .isLessThan(due.size());

            gate.release(Integer.MAX_VALUE / 2);
            await().atMost(Duration.ofSeconds(60)).until(() -> fixtures.run(run.id).state == JobRun.State.FINISHED);
            assertThat(doneOf(run, due)).isEqualTo(due.size());
            assertThat(fixtures.registry(REGISTRY).renewsInFlightPeak()).as("renews at once").isEqualTo(slots);
            for (Due d : due) {
                assertThat(fixtures.registry(REGISTRY).renewalsOf(d.domain())).as(d.domain()).isEqualTo(1);
                assertThat(fixtures.ledger(d.customerId(), ChargeKind.CONTRACT_RENEWAL)).as(d.domain()).hasSize(1);
            }
        } finally {
            fixtures.registry(REGISTRY).holdRenewsAt(null);
        }
    }

    private long doneOf(JobRun run, List<Due> due) {
        return due.stream().flatMap(d -> fixtures.outcomes(run.id, d.domain()).stream())
                .filter(o -> o.outcome == ItemResult.Status.DONE).count();
    }

    @Test
    void anUnpaidRenewalSuspendsTheContractWithoutTouchingTheRegistry() {
        Instant activated = Instant.parse("2025-07-01T10:00:00Z");
        long customer = fixtures.customer("unpaid@example.test");
        String domain = RunFixtures.fresh("unpaid", "com");
        Contract contract = fixtures.activeContract(customer, domain, activated);
        fixtures.domain(domain, REGISTRY, customer, contract.id, activated.plus(Duration.ofDays(375)));
        clock.set(Instant.parse("2026-06-30T22:00:00Z"));

        JobRun run = launcher.runNow(RunKind.RENEWAL, JobRun.Trigger.SCHEDULE, "scheduler");

        assertThat(outcome(run, domain)).isEqualTo(ItemResult.Status.DONE);
        assertThat(fixtures.contract(contract.id).suspended).as("R8 suspension").isTrue();
        assertThat(QuarkusTransaction.requiringNew().call(() ->
                ContractSuspension.<ContractSuspension>list("contractId", contract.id)))
                .singleElement().satisfies(s -> assertThat(s.suspendedBy).as("who suspended")
                        .isEqualTo("scheduler:run-" + run.id));
        assertThat(fixtures.registry(REGISTRY).renewalsOf(domain)).isZero();
        assertThat(fixtures.ledger(customer, ChargeKind.CONTRACT_RENEWAL)).isEmpty();
    }

    private ItemResult.Status outcome(JobRun run, String item) {
        List<RunOutcome> outcomes = fixtures.outcomes(run.id, item);
        assertThat(outcomes).as("outcomes of " + item + " in run " + run.id + " (" + fixtures.run(run.id).state + ", "
                + fixtures.run(run.id).error + ")").hasSize(1);
        return outcomes.get(0).outcome;
    }

    private List<Due> paidContracts(String purpose, int count, Instant activated) {
        List<Due> due = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String email = purpose + i + "@example.test";
            long customer = fixtures.customer(email);
            String domain = RunFixtures.fresh(purpose, "com");
            Contract contract = fixtures.activeContract(customer, domain, activated);
            fixtures.payRenewal(contract.id, activated.plus(Duration.ofDays(300)));
            Instant expiry = activated.plus(Duration.ofDays(375));
            fixtures.domain(domain, REGISTRY, customer, contract.id, expiry);
            due.add(new Due(customer, contract.id, domain, expiry));
        }
        return due;
    }
}
