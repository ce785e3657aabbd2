package com.ophos.registrar.billing.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** R12: renewal prorata temporis in whole months; a started month counts whole. */
class R12ProrataTest {

    private static final Instant JAN_15 = Instant.parse("2026-01-15T10:00:00Z");

    @Test
    void wholeCalendarMonthsCountExactly() {
        assertThat(StartedMonths.between(JAN_15, Instant.parse("2026-02-15T10:00:00Z"))).isEqualTo(1);
        assertThat(StartedMonths.between(JAN_15, Instant.parse("2026-07-15T10:00:00Z"))).isEqualTo(6);
        assertThat(StartedMonths.between(JAN_15, Instant.parse("2027-01-15T10:00:00Z"))).isEqualTo(12);
    }

    @Test
    void aStartedMonthCountsWholeEvenForOneSecond() {
        assertThat(StartedMonths.between(JAN_15, Instant.parse("2026-02-15T10:00:01Z"))).isEqualTo(2);
        assertThat(StartedMonths.between(JAN_15, Instant.parse("2026-01-15T10:00:01Z"))).isEqualTo(1);
        assertThat(StartedMonths.between(JAN_15, Instant.parse("2026-03-16T00:00:00Z"))).isEqualTo(3);
    }

    @Test
    void neverPerDay() {
        // 2 months and 1 day: 3 months are billed, not 2 + 1/30.
        BigDecimal monthly = new BigDecimal("9.99");
        int months = StartedMonths.between(JAN_15, Instant.parse("2026-03-16T10:00:00Z"));
        assertThat(monthly.multiply(BigDecimal.valueOf(months))).isEqualByComparingTo("29.97");
    }

    @Test
    void monthEndsFollowTheCalendar() {
        Instant jan31 = Instant.parse("2026-01-31T00:00:00Z");
        assertThat(StartedMonths.plus(jan31, 1)).isEqualTo(Instant.parse("2026-02-28T00:00:00Z"));
        assertThat(StartedMonths.between(jan31, Instant.parse("2026-02-28T00:00:00Z"))).isEqualTo(1);
    }

    @Test
    void anEmptyPeriodCostsNothing() {
        assertThat(StartedMonths.between(JAN_15, JAN_15)).isZero();
        assertThat(StartedMonths.between(JAN_15, JAN_15.minusSeconds(1))).isZero();
    }

    @Test
    void anUpgradeIsChargedTheDifferenceForEveryStartedMonthLeft() {
        OfferSnapshot pro = new OfferSnapshot("pro", List.of(), new BigDecimal("9.99"), "EUR", 2);
        OfferSnapshot semi = new OfferSnapshot("semi-dedicated", List.of(), new BigDecimal("29.90"), "EUR", 3);
        Instant termEnd = Instant.parse("2026-07-15T10:00:00Z");
        // 3 months and 1 day left: 4 months at 19.91.
        BigDecimal charge = ChangeOffer.upgradeCharge(pro, semi, Instant.parse("2026-04-14T10:00:00Z"), termEnd);
        assertThat(charge).isEqualByComparingTo("79.64");
        assertThat(charge.scale()).isEqualTo(2);
    }
}
