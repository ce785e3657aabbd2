package com.ophos.registrar.billing.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ophos.registrar.billing.BillingTestProfile;
import com.ophos.registrar.lifecycle.UnknownCustomerException;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/**
 * R10: the contract starts at the activation notice's timestamp; the notice is mailed to the customer's
 * recorded address (issue 6), whatever address a caller might have in mind.
 */
@QuarkusTest
@TestProfile(BillingTestProfile.class)
class R10ActivationTest {

    private static final Instant ORDERED = Instant.parse("2026-02-27T16:00:00Z");

    @Inject
    ContractFixture fixture;
    @Inject
    ActivateContract activation;
    @Inject
    MockMailbox mailbox;

    @Test
    void theActivationNoticeSetsTheStartAndTheTermEnd() {
        String email = "holder-" + UUID.randomUUID() + "@example.com";
        Contract contract = fixture.paid(ContractFixture.newCustomer(email), "pro", 6, "cheque", ORDERED);
        Instant noticeAt = Instant.parse("2026-03-02T09:30:00Z");

        Contract active = activation.run(contract.id, noticeAt);

        assertThat(active.status).isEqualTo(ContractStatus.ACTIVE);
        assertThat(active.activatedAt).isEqualTo(noticeAt);
        assertThat(active.termEndsAt).isEqualTo(Instant.parse("2026-09-02T09:30:00Z"));
        List<Mail> sent = mailbox.getMailsSentTo(email);
        assertThat(sent).hasSize(1);
        assertThat(sent.get(0).getText()).contains(noticeAt.toString()).contains(contract.domain);
    }

    @Test
    void aContractIsActivatedOnce() {
        Contract contract = fixture.active(ContractFixture.newCustomer(), "starter", 12, "card", ORDERED);
        assertThatThrownBy(() -> activation.run(contract.id, ORDERED.plusSeconds(600)))
                .isInstanceOf(ContractStateException.class);
    }

    @Test
    void withoutARecordedCustomerNoNoticeIsSentAndTheContractStaysUnactivated() {
        // Far above any id the customers sequence hands out.
        long unrecorded = ThreadLocalRandom.current().nextLong(Long.MAX_VALUE / 4, Long.MAX_VALUE / 2);
        Contract contract = fixture.paid(unrecorded, "starter", 12, "card", ORDERED);
        int mailsBefore = mailbox.getTotalMessagesSent();
        assertThatThrownBy(() -> activation.run(contract.id, ORDERED))
                .isInstanceOf(UnknownCustomerException.class);
        assertThat(fixture.reread(contract.id).activatedAt).isNull();
        assertThat(mailbox.getTotalMessagesSent()).isEqualTo(mailsBefore);
    }
}
