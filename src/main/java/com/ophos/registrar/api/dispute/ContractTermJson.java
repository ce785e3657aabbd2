package com.ophos.registrar.api.dispute;

import java.time.Instant;

/** Body of {@code POST /api/v1/support/contracts/{id}/term} (R14). */
public record ContractTermJson(Instant termEndsAt, String reason) {
}
