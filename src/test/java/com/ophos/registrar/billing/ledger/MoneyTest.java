package com.ophos.registrar.billing.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ophos.registrar.common.InvalidInputException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MoneyTest {

    private static final BigDecimal VAT_20 = new BigDecimal("0.20");

    @Test
    void vatIsRoundedHalfUpToTheCent() {
        assertThat(Money.vat(new BigDecimal("8.99"), VAT_20, "EUR")).isEqualByComparingTo("1.80");
        assertThat(Money.vat(new BigDecimal("5.07"), VAT_20, "EUR")).isEqualByComparingTo("1.01");
        assertThat(Money.vat(new BigDecimal("0.025"), BigDecimal.ONE, "EUR")).isEqualByComparingTo("0.03");
        assertThat(Money.vat(new BigDecimal("15.00"), VAT_20, "EUR")).isEqualByComparingTo("3.00");
        assertThat(Money.vat(new BigDecimal("-5.07"), VAT_20, "EUR")).isEqualByComparingTo("-1.01");
    }

    @Test
    void amountsAreKeptExactAtTheCurrencyScale() {
        assertThat(Money.exact(new BigDecimal("10.2"), "USD", "fee").toPlainString()).isEqualTo("10.20");
        assertThat(Money.exact(new BigDecimal("10.260"), "USD", "fee").toPlainString()).isEqualTo("10.26");
    }

    @Test
    void anAmountThatWouldNeedRoundingIsRefused() {
        assertThatThrownBy(() -> Money.exact(new BigDecimal("10.255"), "USD", "fee.amount"))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).fields()).containsExactly("fee.amount"));
    }

    @Test
    void anUnknownCurrencyIsRefused() {
        assertThatThrownBy(() -> Money.exact(BigDecimal.ONE, "EURO", "currency")).isInstanceOf(InvalidInputException.class);
    }
}
