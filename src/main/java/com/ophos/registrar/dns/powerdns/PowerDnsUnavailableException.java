package com.ophos.registrar.dns.powerdns;

/** PowerDNS did not answer (refused connection, timeout) or answered 5xx: worth retrying later. */
public class PowerDnsUnavailableException extends PowerDnsException {
    public PowerDnsUnavailableException(int status, String message) {
        super(status, message);
    }

    public PowerDnsUnavailableException(String message, Throwable cause) {
        super(0, message, cause);
    }
}
