package com.ophos.registrar.lifecycle;

import java.time.LocalDate;

/**
 * A journalled renewal: the expiry it starts from is fixed when the entry is opened and sent as
 * EPP curExpDate on every attempt, so that a replay of an applied renewal is refused (2306).
 */
public record RenewalIntent(String name, LocalDate currentExpiry, int years, Long customerId) {
}
