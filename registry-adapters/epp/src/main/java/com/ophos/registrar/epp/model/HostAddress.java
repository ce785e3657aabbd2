package com.ophos.registrar.epp.model;

/** An IP address of a host (glue), {@code v6} telling its family. */
public record HostAddress(String address, boolean v6) {
    public static HostAddress of(String address) {
        return new HostAddress(address, address.contains(":"));
    }
}
