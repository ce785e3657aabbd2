package com.ophos.registrar.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** {@code POST /api/v1/domains/{name}/renewals}: years are checked against the registry's renew periods. */
public record RenewalJson(@NotNull @Min(1) @Max(10) Integer years) {
}
