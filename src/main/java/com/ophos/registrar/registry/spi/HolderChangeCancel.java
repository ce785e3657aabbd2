package com.ophos.registrar.registry.spi;

/** Withdraw a pending holder change (AFNIC trade cancel). */
public record HolderChangeCancel(String name, String clTRID) {
}
