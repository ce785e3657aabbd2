package com.ophos.registrar.registry.spi;

import java.util.Optional;

/** One name's answer to a check: availability, the registry's reason, and its price if asked. */
public record DomainAvailability(String name, boolean available, Optional<String> reason,
                                 Optional<Quote> quote) {
}
