package com.ophos.registrar.registry.spi;

import java.util.Optional;

/** Price per year for creating and renewing a name, and where it came from. */
public record Quote(Optional<Fee> createPerYear, Optional<Fee> renewPerYear, PriceSource source,
                    boolean premium) {
}
