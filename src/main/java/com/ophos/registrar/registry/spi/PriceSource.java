package com.ophos.registrar.registry.spi;

/** Where a quoted price came from. */
public enum PriceSource {
    /** The registry's fee extension (RFC 8748) answered it. */
    REGISTRY_FEE_EXTENSION,
    /** The registry offers no fee extension: the tariff configured for it. */
    CONFIGURED_TARIFF
}
