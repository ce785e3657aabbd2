package com.ophos.registrar.api.dispute;

/** Body of {@code POST /api/v1/support/contracts/{id}/assignment} (R24). */
public record ContractAssignmentJson(Long customerId, String reason) {
}
