package com.ophos.registrar.lifecycle.change;

import java.time.MonthDay;

/**
 * A journalled expiry-day alignment (ConsoliDate): the name and the month-day its expiry must fall
 * on, kept as ISO text ({@code --06-15}) so the journal reads the same whatever the JSON mapper does
 * with dates. Every resend carries exactly this day.
 */
public record ExpiryAlignmentIntent(String name, Long customerId, String expiryDay) {

    static ExpiryAlignmentIntent of(String name, Long customerId, MonthDay day) {
        return new ExpiryAlignmentIntent(name, customerId, day.toString());
    }

    MonthDay day() {
        return MonthDay.parse(expiryDay);
    }
}
