package com.ophos.registrar.dns.powerdns;

/** The object to create already exists (409). */
public class PowerDnsConflictException extends PowerDnsException {
    public PowerDnsConflictException(String message) {
        super(409, message);
    }
}
