package com.ophos.registrar.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import com.ophos.registrar.billing.contract.Contract;
import com.ophos.registrar.dns.RequiresPowerDns;
import com.ophos.registrar.jobs.release.AccountClosure;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What happens to a name nobody pays for depends on its registry's policy: where the registry
 * renews and bills at expiry (AFNIC, {@code auto-renews-at-expiry=true}) the renewal run deletes it
 * before that expiry; where configured to let names expire ({@code registrar.runs.release.let-expire-at},
 * verisign in {@link JobsTestProfile}) the D+1 release lets it go without a delete (R15). A registry
 * that auto-renews is deleted at D+1 even when listed, since letting it lapse would be billed.
 */
@QuarkusTest
@TestProfile(JobsTestProfile.class)
@ExtendWith(RequiresPowerDns.class)
class ReleasePolicyTest {

    @Inject
    RunFixtures fixtures;

    @Inject
    RunLauncher launcher;

    @Inject
    TestClock clock;

    @Test
    void unpaidNamesAtAnAutoRenewingRegistryAreDeletedBeforeItsExpiryPaidOnesAreKept() {
        Instant expiry = Instant.parse("2026-10-20T00:00:00Z");
        long customer = fixtures.customer("autorenew@example.test");
        String orphan = RunFixtures.fresh("orphan", "fr");
        fixtures.domain(orphan, "afnic", customer, null, expiry);
        String leaving = RunFixtures.fresh("leaving", "fr");
        Contract ending = fixtures.activeContract(customer, leaving,
                Instant.parse("2026-02-01T10:00:00Z"));
        fixtures.terminate(ending.id, Instant.parse("2026-06-01T10:00:00Z"));
        fixtures.domain(leaving, "afnic", customer, ending.id, expiry);
        String paid = RunFixtures.fresh("paid", "fr");
        Contract active = fixtures.activeContract(customer, paid,
                Instant.parse("2026-03-01T10:00:00Z"));
        fixtures.domain(paid, "afnic", customer, active.id, expiry);
        String notYet = RunFixtures.fresh("later", "fr");
        fixtures.domain(notYet, "afnic", customer, null, expiry.plus(Duration.ofDays(30)));

        clock.set(expiry.minus(Duration.ofDays(3)));
        JobRun run = launcher.runNow(RunKind.RENEWAL, JobRun.Trigger.SCHEDULE, "scheduler");
        JobRun rerun = launcher.runNow(RunKind.RENEWAL, JobRun.Trigger.MANUAL, "support");

        FakeRegistry afnic = fixtures.registry("afnic");
        for (String deleted : new String[] {orphan, leaving}) {
            assertThat(fixtures.outcomes(run.id, "delete:" + deleted)).singleElement()
                    .satisfies(o -> assertThat(o.outcome).isEqualTo(ItemResult.Status.DONE));
            assertThat(afnic.deletesOf(deleted)).as(deleted).isEqualTo(1);
            assertThat(afnic.holds(deleted)).isFalse();
            assertThat(fixtures.outcomes(rerun.id, "delete:" + deleted)).isEmpty();
        }
        assertThat(afnic.deletesOf(paid)).isZero();
        assertThat(afnic.holds(paid)).isTrue();
        assertThat(afnic.deletesOf(notYet)).as("expires after the 5-day window").isZero();
    }

    @Test
    void atDPlusOneALetExpireRegistryKeepsTheNameAndAnAutoRenewingOneDeletesIt() {
        Instant activated = Instant.parse("2023-04-10T10:00:00Z");
        long customer = fixtures.customer("lapse@example.test");
        String com = RunFixtures.fresh("lapse", "com");
        Contract comContract = fixtures.activeContract(customer, com, activated);
        fixtures.domain(com, "verisign", customer, comContract.id, Instant.parse("2024-06-01T00:00:00Z"));
        Instant end = fixtures.terminate(comContract.id, Instant.parse("2024-01-10T10:00:00Z")).endsAt;
        String fr = RunFixtures.fresh("lapse", "fr");
        Contract frContract = fixtures.activeContract(customer, fr, activated);
        fixtures.domain(fr, "afnic", customer, frContract.id, Instant.parse("2024-06-01T00:00:00Z"));
        fixtures.terminate(frContract.id, Instant.parse("2024-01-10T10:00:00Z"));

        clock.set(LocalDate.ofInstant(end, ZoneOffset.UTC).plusDays(1).atTime(8, 0).toInstant(ZoneOffset.UTC));
        JobRun release = launcher.runNow(RunKind.RELEASE, JobRun.Trigger.SCHEDULE, "scheduler");

        assertThat(fixtures.outcomes(release.id, com)).singleElement()
                .satisfies(o -> assertThat(o.outcome).isEqualTo(ItemResult.Status.DONE));
        assertThat(closure(comContract.id).registryOutcome).isEqualTo(AccountClosure.RegistryOutcome.LET_EXPIRE);
        assertThat(fixtures.registry("verisign").deletesOf(com)).isZero();
        assertThat(fixtures.registry("verisign").holds(com)).as("left to expire at the registry").isTrue();

        assertThat(closure(frContract.id).registryOutcome).isEqualTo(AccountClosure.RegistryOutcome.DELETED);
        assertThat(fixtures.registry("afnic").deletesOf(fr)).isEqualTo(1);
        assertThat(fixtures.registry("afnic").holds(fr)).isFalse();
    }

    private static AccountClosure closure(long contractId) {
        return QuarkusTransaction.requiringNew().call(() -> AccountClosure.ofContract(contractId).orElseThrow());
    }
}
