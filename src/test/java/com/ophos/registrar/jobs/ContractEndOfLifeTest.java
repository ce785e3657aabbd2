package com.ophos.registrar.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import com.ophos.registrar.billing.contract.Contract;
import com.ophos.registrar.billing.ledger.ChargeKind;
import com.ophos.registrar.billing.ledger.LedgerEntry;
import com.ophos.registrar.common.audit.AuditEvent;
import com.ophos.registrar.dns.AuthoritativeServer;
import com.ophos.registrar.dns.RequiresPowerDns;
import com.ophos.registrar.dns.ZoneArchive;
import com.ophos.registrar.dns.ZoneName;
import com.ophos.registrar.dns.ZoneProvisioning;
import com.ophos.registrar.jobs.notices.TerminationNotice;
import com.ophos.registrar.jobs.release.AccountClosure;
import com.ophos.registrar.lifecycle.model.Domain;
import com.ophos.registrar.lifecycle.model.Operation;
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
import org.junit.jupiter.api.extension.ExtendWith;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Type;

/**
 * R15 end to end, the clock walked day by day from D-7 to D+1 with the notice and release runs run
 * every day (twice on some): notices D-5..D-1 once each; at D+1 the zone exported to an archive kept
 * with the contract (R21), then gone from a real PowerDNS (REFUSED), the name deleted at its
 * registry exactly once, the account closed; audit and ledger tell the whole story.
 */
@QuarkusTest
@TestProfile(JobsTestProfile.class)
@ExtendWith(RequiresPowerDns.class)
class ContractEndOfLifeTest {
    private static final String REGISTRY = "generic";

    @Inject
    RunFixtures fixtures;

    @Inject
    RunLauncher launcher;

    @Inject
    TestClock clock;

    @Inject
    ZoneProvisioning provisioning;

    @Inject
    AuthoritativeServer server;

    @Inject
    MockMailbox mailbox;

    @Test
    void noticesFiveDaysRunningThenReleaseAtDPlusOne() {
        Instant activated = Instant.parse("2024-09-10T10:00:00Z");
        String email = "leaving@example.test";
        long customer = fixtures.customer(email);
        String domain = RunFixtures.fresh("leaving", "org");
        Contract contract = fixtures.activeContract(customer, domain, activated);
        fixtures.domain(domain, REGISTRY, customer, contract.id, Instant.parse("2026-01-01T00:00:00Z"));
        provisioning.provision(domain, contract.id);
        Instant end = fixtures.terminate(contract.id, Instant.parse("2025-06-01T09:00:00Z")).endsAt;
        assertThat(end).isEqualTo(Instant.parse("2025-09-10T10:00:00Z"));
        LocalDate dDay = LocalDate.ofInstant(end, ZoneOffset.UTC);

        for (int day = -7; day <= 0; day++) {
            runNoticesAndRelease(dDay.plusDays(day));
            if (day == -3) {
                runNoticesAndRelease(dDay.plusDays(day));
            }
            assertThat(fixtures.registry(REGISTRY).holds(domain)).as("still registered on D" + day).isTrue();
        }

        List<TerminationNotice> notices = QuarkusTransaction.requiringNew().call(() -> TerminationNotice.ofContract(contract.id));
        assertThat(notices).extracting(n -> n.daysBefore).containsExactly(5, 4, 3, 2, 1);
        assertThat(notices).extracting(n -> LocalDate.ofInstant(n.sentAt, ZoneOffset.UTC))
                .containsExactly(dDay.minusDays(5), dDay.minusDays(4), dDay.minusDays(3), dDay.minusDays(2), dDay.minusDays(1));
        List<Mail> mails = mailbox.getMailsSentTo(email).stream().filter(m -> m.getSubject().contains(" ends in ")).toList();
        assertThat(mails).extracting(Mail::getSubject).hasSize(5).last().asString().endsWith("ends in 1 day");

        JobRun release = runNoticesAndRelease(dDay.plusDays(1));

        assertThat(fixtures.outcomes(release.id, domain)).singleElement()
                .satisfies(o -> assertThat(o.outcome).isEqualTo(ItemResult.Status.DONE));
        assertThat(fixtures.registry(REGISTRY).holds(domain)).isFalse();
        assertThat(fixtures.registry(REGISTRY).deletesOf(domain)).isEqualTo(1);
        AccountClosure closure = QuarkusTransaction.requiringNew().call(() -> AccountClosure.ofContract(contract.id).orElseThrow());
        assertThat(closure.registryOutcome).isEqualTo(AccountClosure.RegistryOutcome.DELETED);
        ZoneArchive archive = QuarkusTransaction.requiringNew().call(() -> ZoneArchive.<ZoneArchive>findById(closure.zoneArchiveId));
        assertThat(archive.contractId).isEqualTo(contract.id);
        assertThat(archive.exportedText).contains(domain + ".").contains("SOA");
        assertThat(archive.released()).isTrue();
        assertThat(server.query(ZoneName.ofDomain(domain).name(), Type.SOA).getRcode()).isEqualTo(Rcode.REFUSED);

        QuarkusTransaction.requiringNew().run(() -> {
            assertThat(Domain.byName(domain)).isEmpty();
            assertThat(Operation.<Operation>list("domain", domain)).singleElement().satisfies(op -> {
                assertThat(op.kind).isEqualTo(Operation.Kind.DOMAIN_DELETE);
                assertThat(op.state).isEqualTo(Operation.State.SUCCEEDED);
            });
            assertThat(AuditEvent.count("subject = ?1 and action = ?2", "contract:" + contract.id,
                    "contract.termination-notice")).isEqualTo(5);
            assertThat(AuditEvent.count("subject = ?1 and action = ?2", "domain:" + domain, "domain.deleted")).isEqualTo(1);
            assertThat(AuditEvent.count("subject = ?1 and action = ?2", "contract:" + contract.id, "account.closed"))
                    .isEqualTo(1);
            // Billed once for the term, nothing for the release: no renewal, no registry charge.
            assertThat(LedgerEntry.<LedgerEntry>list("customerId", customer)).extracting(e -> e.kind)
                    .containsExactly(ChargeKind.CONTRACT_SUBSCRIPTION);
        });

        JobRun again = runNoticesAndRelease(dDay.plusDays(1));
        assertThat(fixtures.outcomes(again.id, domain)).isEmpty();
        assertThat(fixtures.registry(REGISTRY).deletesOf(domain)).isEqualTo(1);
    }

    /** Both runs at 08:00 UTC on {@code day}; returns the release run. */
    private JobRun runNoticesAndRelease(LocalDate day) {
        clock.set(day.atTime(8, 0).toInstant(ZoneOffset.UTC));
        launcher.runNow(RunKind.NOTICES, JobRun.Trigger.SCHEDULE, "scheduler");
        return launcher.runNow(RunKind.RELEASE, JobRun.Trigger.SCHEDULE, "scheduler");
    }
}
