package com.ophos.registrar.api.billing;

import com.ophos.registrar.common.InvalidInputException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;

/** Parsing of the billing API's query parameters; a bad value is a 400 naming the parameter. */
final class QueryParams {
    private QueryParams() {
    }

    /**
     * An instant ({@code 2026-11-01T10:00:00Z}) or a UTC date; a date as a lower bound means its
     * first instant, as an upper bound the end of that day (the whole day is included).
     */
    static Optional<Instant> bound(String field, String value, boolean upper) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            if (value.length() == 10) {
                LocalDate day = LocalDate.parse(value);
                return Optional.of((upper ? day.plusDays(1) : day).atStartOfDay(ZoneOffset.UTC).toInstant());
            }
            return Optional.of(Instant.parse(value));
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, field + " must be a date (2026-11-01) or an instant (2026-11-01T10:00:00Z)");
        }
    }

    static int intInRange(String field, Integer value, int fallback, int min, int max) {
        int chosen = value == null ? fallback : value;
        if (chosen < min || chosen > max) {
            throw new InvalidInputException(field, field + " must be between " + min + " and " + max);
        }
        return chosen;
    }

    static <E extends Enum<E>> Optional<E> enumValue(String field, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, "unknown " + field + " " + value);
        }
    }
}
