package com.ophos.registrar.dns.powerdns;

/** PowerDNS refused the content of a request (400 or 422): retrying the same request will not help. */
public class PowerDnsRejectedException extends PowerDnsException {
    public PowerDnsRejectedException(int status, String message) {
        super(status, message);
    }
}
