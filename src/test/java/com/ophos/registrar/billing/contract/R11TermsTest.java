package com.ophos.registrar.billing.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ophos.registrar.common.RuleViolationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** R11: terms of 1 month, 6 months or 1 year only. */
class R11TermsTest {

    @Test
    void theThreeTermsOfTheTermsOfSaleAreAccepted() {
        assertThat(Term.ofMonths(1)).isEqualTo(Term.ONE_MONTH);
        assertThat(Term.ofMonths(6)).isEqualTo(Term.SIX_MONTHS);
        assertThat(Term.ofMonths(12)).isEqualTo(Term.ONE_YEAR);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 2, 3, 5, 7, 11, 13, 24, -1})
    void anyOtherTermIsRefusedCitingR11(int months) {
        assertThatThrownBy(() -> Term.ofMonths(months))
                .isInstanceOf(TermNotOfferedException.class)
                .satisfies(e -> {
                    RuleViolationException violation = (RuleViolationException) e;
                    assertThat(violation.rule()).isEqualTo("R11");
                    assertThat(violation.fields()).containsExactly("termMonths");
                });
    }

    @Test
    void aMissingTermIsRefused() {
        assertThatThrownBy(() -> Term.ofMonths(null)).isInstanceOf(TermNotOfferedException.class);
    }
}
