package com.ophos.registrar.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import com.ophos.registrar.billing.contract.Contract;
import com.ophos.registrar.jobs.notices.TerminationNotice;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * R15 catch-up, with the controlled clock: a notice day on which no run ran (the gateway was down)
 * is made up by the next run, once, oldest first, marked late; days before the termination was
 * requested owe nothing; nothing is sent once the contract has ended.
 */
@QuarkusTest
@TestProfile(JobsTestProfile.class)
class NoticeCatchUpTest {

    @Inject
    RunFixtures fixtures;

    @Inject
    RunLauncher launcher;

    @Inject
    TestClock clock;

    @Inject
    MockMailbox mailbox;

    @Test
    void missedDaysAreSentByTheNextRunInOrderMarkedLateAndOnlyOnce() {
        Ending ending = terminated("missed", Instant.parse("2023-11-10T10:00:00Z"), Instant.parse("2024-08-01T09:00:00Z"));
        LocalDate dDay = ending.dDay();

        runNotices(dDay.minusDays(5));
        // Down on D-4 and D-3.
        runNotices(dDay.minusDays(2));
        runNotices(dDay.minusDays(2));
        runNotices(dDay.minusDays(1));

        List<TerminationNotice> notices = notices(ending.contractId());
        assertThat(notices).extracting(n -> n.daysBefore).containsExactly(5, 4, 3, 2, 1);
        assertThat(notices).extracting(n -> n.late).containsExactly(false, true, true, false, false);
        assertThat(notices).extracting(n -> LocalDate.ofInstant(n.sentAt, ZoneOffset.UTC)).containsExactly(
                dDay.minusDays(5), dDay.minusDays(2), dDay.minusDays(2), dDay.minusDays(2), dDay.minusDays(1));
        List<String> subjects = notices(ending.email()).stream().map(Mail::getSubject).toList();
        assertThat(subjects).hasSize(5);
        assertThat(subjects.get(0)).endsWith("ends in 5 days");
        assertThat(subjects.get(1)).startsWith("[Late notice]").endsWith("ends on " + dDay);
        assertThat(subjects.get(2)).startsWith("[Late notice]");
        assertThat(subjects.get(3)).endsWith("ends in 2 days");
        assertThat(subjects.get(4)).endsWith("ends in 1 day");
        assertThat(notices(ending.email()).get(1).getText())
                .contains("4 days before the end of your contract").contains("send it now, on " + dDay.minusDays(2));
    }

    @Test
    void aNoticeMissedOnDMinusOneIsSentOnTheLastDayBeforeTheEndAndNeverAfter() {
        Ending ending = terminated("lastday", Instant.parse("2023-12-10T10:00:00Z"), Instant.parse("2024-09-01T09:00:00Z"));
        LocalDate dDay = ending.dDay();
        for (int day = 5; day >= 2; day--) {
            runNotices(dDay.minusDays(day));
        }
        // Down on D-1; back at 08:00 on D, two hours before the contract ends at 10:00.
        runNotices(dDay);
        runNotices(dDay.plusDays(1));

        assertThat(notices(ending.contractId())).extracting(n -> n.daysBefore + (n.late ? " late" : ""))
                .containsExactly("5", "4", "3", "2", "1 late");
        assertThat(notices(ending.email())).hasSize(5);
    }

    @Test
    void aTerminationRequestedAtDMinusThreeOwesNoEarlierNotices() {
        Instant activated = Instant.parse("2024-01-10T10:00:00Z");
        Instant end = activated.atZone(ZoneOffset.UTC).plusYears(1).toInstant();
        Ending ending = terminated("short", activated, end.minus(java.time.Duration.ofDays(3)).minusSeconds(3 * 3600));
        LocalDate dDay = ending.dDay();
        assertThat(dDay).isEqualTo(LocalDate.ofInstant(end, ZoneOffset.UTC));

        for (int day = 3; day >= 1; day--) {
            runNotices(dDay.minusDays(day));
        }

        assertThat(notices(ending.contractId())).extracting(n -> n.daysBefore + (n.late ? " late" : ""))
                .containsExactly("3", "2", "1");
        assertThat(notices(ending.email())).hasSize(3);
    }

    private record Ending(long contractId, String email, LocalDate dDay) {
    }

    private Ending terminated(String purpose, Instant activated, Instant terminatedAt) {
        String email = purpose + "@notices.example.test";
        long customer = fixtures.customer(email);
        String domain = RunFixtures.fresh(purpose, "org");
        Contract contract = fixtures.activeContract(customer, domain, activated);
        Instant end = fixtures.terminate(contract.id, terminatedAt).endsAt;
        return new Ending(contract.id, email, LocalDate.ofInstant(end, ZoneOffset.UTC));
    }

    private void runNotices(LocalDate day) {
        clock.set(day.atTime(8, 0).toInstant(ZoneOffset.UTC));
        JobRun run = launcher.runNow(RunKind.NOTICES, JobRun.Trigger.SCHEDULE, "scheduler");
        assertThat(run.state).isEqualTo(JobRun.State.FINISHED);
    }

    /** The termination notices in the customer's mailbox (the activation mail (R10) left out), in order. */
    private List<Mail> notices(String email) {
        return mailbox.getMailsSentTo(email).stream().filter(m -> m.getSubject().contains(" ends ")).toList();
    }

    private static List<TerminationNotice> notices(long contractId) {
        return QuarkusTransaction.requiringNew().call(() ->
                TerminationNotice.<TerminationNotice>list("contractId = ?1 order by id", contractId));
    }
}
