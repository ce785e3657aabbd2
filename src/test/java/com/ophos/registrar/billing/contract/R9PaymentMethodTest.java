package com.ophos.registrar.billing.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ophos.registrar.common.RuleViolationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** R9: card, bank transfer or cheque; a monthly term (renewals included) by card only. */
class R9PaymentMethodTest {

    @Test
    void aMonthlyTermIsPaidByCard() {
        assertThat(PaymentMethod.CARD.requireAllowedFor(Term.ONE_MONTH, "paymentMethod")).isEqualTo(PaymentMethod.CARD);
    }

    @ParameterizedTest
    @EnumSource(value = PaymentMethod.class, names = {"TRANSFER", "CHEQUE"})
    void aMonthlyTermRefusesTransferAndCheque(PaymentMethod method) {
        assertThatThrownBy(() -> method.requireAllowedFor(Term.ONE_MONTH, "paymentMethod"))
                .isInstanceOf(PaymentMethodRefusedException.class)
                .extracting(e -> ((RuleViolationException) e).rule())
                .isEqualTo("R9");
    }

    @ParameterizedTest
    @EnumSource(PaymentMethod.class)
    void longerTermsAcceptEveryMethod(PaymentMethod method) {
        assertThat(method.requireAllowedFor(Term.SIX_MONTHS, "paymentMethod")).isEqualTo(method);
        assertThat(method.requireAllowedFor(Term.ONE_YEAR, "paymentMethod")).isEqualTo(method);
    }

    @ParameterizedTest
    @ValueSource(strings = {"paypal", "cash", "", "crypto"})
    void otherMethodsAreRefusedCitingR9(String method) {
        assertThatThrownBy(() -> PaymentMethod.parse("paymentMethod", method))
                .isInstanceOf(PaymentMethodRefusedException.class)
                .satisfies(e -> assertThat(((RuleViolationException) e).fields()).containsExactly("paymentMethod"));
    }

    @Test
    void methodNamesAreCaseInsensitive() {
        assertThat(PaymentMethod.parse("paymentMethod", "Transfer")).isEqualTo(PaymentMethod.TRANSFER);
    }
}
