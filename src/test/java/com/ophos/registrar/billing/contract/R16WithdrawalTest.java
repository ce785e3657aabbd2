package com.ophos.registrar.billing.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ophos.registrar.billing.BillingTestProfile;
import com.ophos.registrar.billing.ledger.ChargeKind;
import com.ophos.registrar.billing.ledger.Ledger;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** R16 end to end: the default window is 14 days and withdrawal credits the subscription back. */
@QuarkusTest
@TestProfile(BillingTestProfile.class)
class R16WithdrawalTest {

    private static final Instant AT = Instant.parse("2026-09-01T08:00:00Z");

    @Inject
    ContractFixture fixture;
    @Inject
    WithdrawContract withdraw;
    @Inject
    Ledger ledger;

    @Test
    void withdrawalOnDay14CreditsTheSubscription() {
        Contract contract = fixture.paid(ContractFixture.newCustomer(), "starter", 12, "transfer", AT);
        Contract withdrawn = withdraw.run(contract.id, AT.plus(Duration.ofDays(14)));
        assertThat(withdrawn.status).isEqualTo(ContractStatus.WITHDRAWN);
        assertThat(ledger.entriesOfContract(contract.id)).extracting(e -> e.kind + " " + e.amount.toPlainString())
                .containsExactly("CONTRACT_SUBSCRIPTION 59.88", "CONTRACT_WITHDRAWAL_CREDIT -59.88");
    }

    @Test
    void withdrawalOnDay15IsRefused() {
        Contract contract = fixture.ordered(ContractFixture.newCustomer(), "starter", 12, "transfer", AT);
        assertThatThrownBy(() -> withdraw.run(contract.id, AT.plus(Duration.ofDays(15))))
                .isInstanceOf(WithdrawalWindowClosedException.class);
    }

    @Test
    void withdrawalAfterActivationIsRefused() {
        Contract contract = fixture.active(ContractFixture.newCustomer(), "starter", 12, "transfer", AT);
        assertThatThrownBy(() -> withdraw.run(contract.id, AT.plus(Duration.ofDays(1))))
                .isInstanceOf(WithdrawalAfterActivationException.class);
    }
}
