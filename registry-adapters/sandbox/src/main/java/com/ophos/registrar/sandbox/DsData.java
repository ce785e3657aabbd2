package com.ophos.registrar.sandbox;

/** One RFC 5910 delegation signer record. */
public record DsData(int keyTag, int algorithm, int digestType, String digest) {
}
