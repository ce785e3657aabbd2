package com.ophos.registrar.dns.powerdns;

/** The zone, key or metadata asked for does not exist (404). */
public class PowerDnsNotFoundException extends PowerDnsException {
    public PowerDnsNotFoundException(String message) {
        super(404, message);
    }
}
