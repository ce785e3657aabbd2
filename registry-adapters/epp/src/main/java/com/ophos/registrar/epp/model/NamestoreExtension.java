package com.ophos.registrar.epp.model;

/** Verisign NameStore routing, e.g. {@code dotCOM}, {@code dotNET}; every Verisign command carries it. */
public record NamestoreExtension(String subProduct) implements CommandExtension {
    @Override
    public String namespace() {
        return EppNamespaces.NAMESTORE;
    }
}
