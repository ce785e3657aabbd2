package com.ophos.registrar.billing.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ophos.registrar.billing.BillingTestProfile;
import com.ophos.registrar.common.ConflictException;
import com.ophos.registrar.common.RuleViolationException;
import com.ophos.registrar.lifecycle.ContractNotPaidException;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** R6: a contract is activated, and its domain registered, only once its payment is verified. */
@QuarkusTest
@TestProfile(BillingTestProfile.class)
class R6PaymentGateTest {

    private static final Instant AT = Instant.parse("2026-05-04T08:00:00Z");

    @Inject
    ContractFixture fixture;
    @Inject
    ContractPaymentGate gate;
    @Inject
    ContractPayments payments;
    @Inject
    RecordPayment recordPayment;
    @Inject
    ActivateContract activation;

    @Test
    void anUnpaidContractIsRefusedCitingR6UntilFullyPaid() {
        // pro: 9.99 a month for 6 months = 59.94
        Contract contract = fixture.ordered(ContractFixture.newCustomer(), "pro", 6, "transfer", AT);
        assertThat(contract.subscriptionAmount()).isEqualByComparingTo("59.94");
        assertThatThrownBy(() -> gate.requirePaid(contract.id, contract.customerId))
                .isInstanceOf(ContractNotPaidException.class)
                .extracting(e -> ((RuleViolationException) e).rule()).isEqualTo("R6");

        recordPayment.run(contract.id, new PaymentReceived(new BigDecimal("30.00"), "EUR", "transfer", "bank-1"), AT);
        assertThat(payments.isPaid(contract.id)).isFalse();
        assertThatThrownBy(() -> activation.run(contract.id, AT)).isInstanceOf(ContractNotPaidException.class);

        recordPayment.run(contract.id, new PaymentReceived(new BigDecimal("29.94"), "EUR", "cheque", "cheque-2"), AT);
        assertThat(payments.isPaid(contract.id)).isTrue();
        assertThatCode(() -> gate.requirePaid(contract.id, contract.customerId)).doesNotThrowAnyException();
        assertThatThrownBy(() -> gate.requirePaid(contract.id, contract.customerId + 1))
                .isInstanceOf(ContractNotPaidException.class);
    }

    @Test
    void thePaymentReferenceMakesAPaymentIdempotent() {
        Contract contract = fixture.ordered(ContractFixture.newCustomer(), "starter", 12, "card", AT);
        PaymentReceived half = new PaymentReceived(new BigDecimal("29.94"), "EUR", "card", "psp-77");
        recordPayment.run(contract.id, half, AT);
        recordPayment.run(contract.id, half, AT);
        assertThat(fixture.paidTotal(contract.id)).isEqualByComparingTo("29.94");
        assertThat(payments.isPaid(contract.id)).isFalse();
        assertThatThrownBy(() -> recordPayment.run(contract.id,
                new PaymentReceived(new BigDecimal("59.88"), "EUR", "card", "psp-77"), AT))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void aMonthlyContractIsPaidByCardOnlyR9() {
        Contract contract = fixture.ordered(ContractFixture.newCustomer(), "starter", 1, "card", AT);
        assertThatThrownBy(() -> recordPayment.run(contract.id,
                new PaymentReceived(new BigDecimal("4.99"), "EUR", "transfer", "bank-9"), AT))
                .isInstanceOf(PaymentMethodRefusedException.class);
        assertThat(payments.isPaid(contract.id)).isFalse();
    }

    @Test
    void anUnknownContractIsRefusedCitingR6() {
        assertThatThrownBy(() -> gate.requirePaid(Long.MAX_VALUE, 1L))
                .isInstanceOf(ContractNotPaidException.class)
                .extracting(e -> ((RuleViolationException) e).rule()).isEqualTo("R6");
    }
}
