/**
 * The registry adapter SPI: the only way the gateway's core talks to registries.
 *
 * <p>Commands and results are immutable records. Every transform carries the client transaction id
 * (clTRID) the operation journal assigned before sending, so a retry of the same logical operation
 * reuses it and can be reconciled. Adapters live under {@code registry-adapters/} and may depend on
 * this package only; the core never depends on an adapter (see ArchitectureTest).
 */
package com.ophos.registrar.registry.spi;
