package com.ophos.registrar.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * {@code POST /api/v1/domains/{name}/expiry-alignment}: the ISO month-day ({@code --MM-DD}) the name
 * must expire on; its expiry moves forward to the next such day.
 */
public record ExpiryAlignmentJson(@NotBlank @Size(max = 16) String expiryDay) {
}
