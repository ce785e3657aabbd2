package com.ophos.registrar.dns;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/** Timestamps of the DNS tables: UTC, to the microsecond that PostgreSQL and H2 keep. */
final class DnsClock {
    private DnsClock() {
    }

    static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
}
