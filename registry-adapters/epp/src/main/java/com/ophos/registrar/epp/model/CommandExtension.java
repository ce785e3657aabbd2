package com.ophos.registrar.epp.model;

/** An element under {@code <extension>} of a command. */
public sealed interface CommandExtension
        permits SecDnsExtension, RgpExtension, FeeExtension, NamestoreExtension, SyncExtension,
        FrnicExtension {

    /**
     * The extension namespace this element needs. For the fee extension this is RFC 8748's; the
     * session writes it in whichever fee namespace the server announced.
     */
    String namespace();
}
