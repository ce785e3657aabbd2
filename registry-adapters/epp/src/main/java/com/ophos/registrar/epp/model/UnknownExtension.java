package com.ophos.registrar.epp.model;

/** An extension element the codec does not model, kept by qualified name. */
public record UnknownExtension(String namespace, String localName) implements ResponseExtension {
}
