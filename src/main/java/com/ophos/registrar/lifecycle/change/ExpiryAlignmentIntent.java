package com.ophos.registrar.lifecycle.change;

import java.time.Instant;
import java.time.MonthDay;
import java.util.Optional;

/**
 * A journalled expiry-day alignment (ConsoliDate): the name and the month-day its expiry must fall
 * on, kept as ISO text ({@code --06-15}) so the journal reads the same whatever the JSON mapper does
 * with dates. Every resend carries exactly this day. {@code fromExpiry} (ISO instant, null in entries
 * journalled before ConsoliDate was billed) is the expiry the name had when the request was accepted:
 * what the registry bills is the time added past it.
 */
public record ExpiryAlignmentIntent(String name, Long customerId, String expiryDay, String fromExpiry) {

    static ExpiryAlignmentIntent of(String name, Long customerId, MonthDay day, Instant fromExpiry) {
        return new ExpiryAlignmentIntent(name, customerId, day.toString(),
                fromExpiry == null ? null : fromExpiry.toString());
    }

    MonthDay day() {
        return MonthDay.parse(expiryDay);
    }

    Optional<Instant> from() {
        return Optional.ofNullable(fromExpiry).map(Instant::parse);
    }
}
