package com.ophos.registrar.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import com.ophos.registrar.billing.contract.Contract;
import com.ophos.registrar.billing.ledger.ChargeKind;
import com.ophos.registrar.jobs.poll.StoredPollMessage;
import com.ophos.registrar.lifecycle.model.Operation;
import com.ophos.registrar.registry.spi.PollMessage;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A renewal answered 1001 stays pending until the registry's poll message settles it; the message is
 * stored before it is acknowledged, and when the ack is lost and the message delivered again,
 * nothing is applied or charged twice.
 */
@QuarkusTest
@TestProfile(JobsTestProfile.class)
class PollRunTest {
    private static final String REGISTRY = "verisign";

    @Inject
    RunFixtures fixtures;

    @Inject
    RunLauncher launcher;

    @Inject
    TestClock clock;

    @Test
    void aPendingRenewalIsSettledByItsPollMessageOnceEvenWhenRedelivered() {
        Instant activated = Instant.parse("2025-09-01T10:00:00Z");
        String email = "pending@example.test";
        long customer = fixtures.customer(email);
        String domain = RunFixtures.fresh("pending", "com");
        Contract contract = fixtures.activeContract(customer, domain, activated);
        fixtures.payRenewal(contract.id, activated.plus(Duration.ofDays(300)));
        fixtures.domain(domain, REGISTRY, customer, contract.id, activated.plus(Duration.ofDays(375)));
        FakeRegistry registry = fixtures.registry(REGISTRY);
        registry.failNextRenew(domain, FakeRegistry.Fault.PENDING_1001);
        clock.set(Instant.parse("2026-08-31T22:00:00Z"));

        JobRun renewal = launcher.runNow(RunKind.RENEWAL, JobRun.Trigger.SCHEDULE, "scheduler");

        assertThat(fixtures.outcomes(renewal.id, domain)).singleElement()
                .satisfies(o -> assertThat(o.outcome).isEqualTo(ItemResult.Status.SKIPPED));
        Operation pending = renewalOf(domain);
        assertThat(pending.state).isEqualTo(Operation.State.RUNNING);
        assertThat(pending.resultCode).isEqualTo(1001);
        assertThat(fixtures.ledger(customer, ChargeKind.REGISTRY_RENEW)).isEmpty();

        String messageId = "msg-" + domain;
        registry.enqueue(new PollMessage(messageId, Instant.parse("2026-08-31T22:05:00Z"), "renewal completed", 1,
                Optional.of(domain), Optional.of(pending.clTRID), Optional.of(1000), Optional.empty(), "<msg/>"));
        registry.failAcks(1);

        JobRun firstPoll = launcher.runNow(RunKind.POLL, JobRun.Trigger.SCHEDULE, "scheduler");

        assertThat(fixtures.outcomes(firstPoll.id, REGISTRY + ":" + messageId)).singleElement()
                .satisfies(o -> assertThat(o.outcome).isEqualTo(ItemResult.Status.FAILED));
        assertThat(renewalOf(domain).state).isEqualTo(Operation.State.SUCCEEDED);
        assertThat(fixtures.ledger(customer, ChargeKind.REGISTRY_RENEW)).hasSize(1);
        assertThat(registry.queued()).as("not acknowledged: delivered again").isEqualTo(1);
        StoredPollMessage stored = stored(messageId);
        assertThat(stored.processedAt).isNotNull();
        assertThat(stored.ackedAt).isNull();

        JobRun secondPoll = launcher.runNow(RunKind.POLL, JobRun.Trigger.SCHEDULE, "scheduler");

        assertThat(fixtures.outcomes(secondPoll.id, REGISTRY + ":" + messageId)).singleElement()
                .satisfies(o -> assertThat(o.detail).startsWith("already applied"));
        assertThat(registry.queued()).isZero();
        assertThat(registry.acks()).isEqualTo(1);
        assertThat(stored(messageId).ackedAt).isNotNull();
        assertThat(QuarkusTransaction.requiringNew().call(() -> StoredPollMessage.count("messageId", messageId)))
                .isEqualTo(1);
        assertThat(fixtures.ledger(customer, ChargeKind.REGISTRY_RENEW)).hasSize(1);

        clock.set(Instant.parse("2026-09-01T01:00:00Z"));
        JobRun nextDay = launcher.runNow(RunKind.RENEWAL, JobRun.Trigger.SCHEDULE, "scheduler");

        assertThat(fixtures.outcomes(nextDay.id, domain)).singleElement()
                .satisfies(o -> assertThat(o.outcome).isEqualTo(ItemResult.Status.DONE));
        assertThat(registry.renewalsOf(domain)).isEqualTo(1);
        assertThat(fixtures.ledger(customer, ChargeKind.REGISTRY_RENEW)).hasSize(1);
        assertThat(fixtures.ledger(customer, ChargeKind.CONTRACT_RENEWAL)).hasSize(1);
    }

    private static Operation renewalOf(String domain) {
        return QuarkusTransaction.requiringNew().call(() ->
                Operation.<Operation>find("domain = ?1 and kind = ?2", domain, Operation.Kind.DOMAIN_RENEW).singleResult());
    }

    private static StoredPollMessage stored(String messageId) {
        return QuarkusTransaction.requiringNew().call(() ->
                StoredPollMessage.<StoredPollMessage>find("messageId", messageId).singleResult());
    }
}
