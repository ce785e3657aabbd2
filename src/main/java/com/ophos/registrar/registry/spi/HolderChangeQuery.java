package com.ophos.registrar.registry.spi;

/** Where the holder change of a domain stands at a registry that runs it as a procedure (AFNIC trade query). */
public record HolderChangeQuery(String name) {
}
