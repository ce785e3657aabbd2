package com.ophos.registrar.billing.contract;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;

/**
 * R12: contracts are billed in whole months, never per day; a started month counts whole. Months
 * are calendar months counted from the period's start in UTC (15 Jan → 15 Feb is one month).
 */
public final class StartedMonths {
    private StartedMonths() {
    }

    /** How many months a period [from, to) is billed for; 0 when it is empty. */
    public static int between(Instant from, Instant to) {
        if (!to.isAfter(from)) {
            return 0;
        }
        ZonedDateTime start = from.atZone(ZoneOffset.UTC);
        ZonedDateTime end = to.atZone(ZoneOffset.UTC);
        long whole = ChronoUnit.MONTHS.between(start, end);
        boolean monthStarted = start.plusMonths(whole).isBefore(end);
        return Math.toIntExact(monthStarted ? whole + 1 : whole);
    }

    /** The instant {@code months} calendar months after {@code from} (UTC). */
    public static Instant plus(Instant from, int months) {
        return from.atZone(ZoneOffset.UTC).plusMonths(months).toInstant();
    }
}
