package com.ophos.registrar.billing.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ophos.registrar.billing.BillingTestProfile;
import com.ophos.registrar.billing.ledger.ChargeKind;
import com.ophos.registrar.billing.ledger.LedgerEntry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** R8/R20: suspension at any time without notice; resuming costs 15.00 EUR excl. tax. */
@QuarkusTest
@TestProfile(BillingTestProfile.class)
class R8SuspensionTest {

    private static final Instant AT = Instant.parse("2026-06-01T12:00:00Z");

    @Inject
    ContractFixture fixture;
    @Inject
    SuspendContract suspend;
    @Inject
    ResumeContract resume;
    @Inject
    WithdrawContract withdraw;

    @Test
    void suspendingAndResumingChargesTheReactivationFeeOnce() {
        long customer = ContractFixture.newCustomer();
        Contract contract = fixture.active(customer, "pro", 12, "card", AT);
        suspend.run(contract.id, SuspensionReason.LATE_PAYMENT, "support-anna", AT.plusSeconds(3600));
        assertThat(fixture.reread(contract.id).suspended).isTrue();
        assertThatThrownBy(() -> suspend.run(contract.id, SuspensionReason.LATE_PAYMENT, "support-anna", AT))
                .isInstanceOf(ContractStateException.class);

        LedgerEntry fee = resume.run(contract.id, "support-bob", AT.plusSeconds(7200));
        assertThat(fee.kind).isEqualTo(ChargeKind.REACTIVATION_FEE);
        assertThat(fee.customerId).isEqualTo(customer);
        assertThat(fee.amount).isEqualByComparingTo("15.00");
        assertThat(fee.vatAmount).isEqualByComparingTo("3.00");
        assertThat(fee.currency).isEqualTo("EUR");
        assertThat(fixture.reread(contract.id).suspended).isFalse();
        assertThatThrownBy(() -> resume.run(contract.id, "support-bob", AT)).isInstanceOf(ContractStateException.class);

        assertThat(fixture.audit(contract.id)).extracting(a -> a.action + "/" + a.rule + "/" + a.actor)
                .containsExactly("SUSPEND/R8/support-anna", "RESUME/R8/support-bob");
        ContractSuspension row = QuarkusTransaction.requiringNew().call(() ->
                ContractSuspension.<ContractSuspension>find("contractId", contract.id).singleResult());
        assertThat(row.suspendedBy).as("who suspended").isEqualTo("support-anna");
        assertThat(row.resumedBy).as("who resumed").isEqualTo("support-bob");
    }

    @Test
    void r20AQuotaBlockIsLiftedAgainstTheSameFeeAndEachSuspensionIsChargedSeparately() {
        long customer = ContractFixture.newCustomer();
        Contract contract = fixture.active(customer, "starter", 6, "transfer", AT);
        suspend.run(contract.id, SuspensionReason.QUOTA_OVERRUN, "support", AT);
        LedgerEntry first = resume.run(contract.id, "support", AT.plusSeconds(60));
        suspend.run(contract.id, SuspensionReason.LATE_PAYMENT, "support", AT.plusSeconds(120));
        LedgerEntry second = resume.run(contract.id, "support", AT.plusSeconds(180));
        assertThat(second.id).isNotEqualTo(first.id);
        assertThat(first.amount.add(second.amount)).isEqualByComparingTo("30.00");
        assertThat(fixture.audit(contract.id)).extracting(a -> a.rule).containsExactly("R20", "R20", "R8", "R8");
    }

    @Test
    void anOrderCanBeSuspendedButAWithdrawnContractCannot() {
        Contract contract = fixture.ordered(ContractFixture.newCustomer(), "starter", 12, "card", AT);
        suspend.run(contract.id, SuspensionReason.LATE_PAYMENT, "support", AT);
        assertThat(fixture.reread(contract.id).suspended).isTrue();

        Contract withdrawn = fixture.ordered(ContractFixture.newCustomer(), "starter", 12, "card", AT);
        withdraw.run(withdrawn.id, AT.plusSeconds(60));
        assertThatThrownBy(() -> suspend.run(withdrawn.id, SuspensionReason.LATE_PAYMENT, "support", AT))
                .isInstanceOf(ContractStateException.class);
    }

}
