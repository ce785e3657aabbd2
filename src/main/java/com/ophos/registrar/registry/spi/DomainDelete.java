package com.ophos.registrar.registry.spi;

public record DomainDelete(String name, String clTRID) {
}
