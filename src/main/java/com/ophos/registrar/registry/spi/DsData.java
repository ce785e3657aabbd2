package com.ophos.registrar.registry.spi;

/** A DNSSEC delegation signer record (RFC 5910 dsData). */
public record DsData(int keyTag, int algorithm, int digestType, String digest) {
}
