/**
 * An in-process EPP registry (RFC 5730-5734 over TLS) for the default run, dev mode, tests and
 * benchmarks. It speaks the Verisign, AFNIC and generic dialects, keeps its state in memory and lets
 * tests inject faults and inspect the final state. It depends on the registry SPI's configuration
 * only; it writes and parses its own frames.
 */
package com.ophos.registrar.sandbox;
