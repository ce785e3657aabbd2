package com.ophos.registrar.dns.powerdns;

/**
 * PowerDNS refused or failed an API call. {@link #status()} is the HTTP status, or 0 when no
 * answer came back (see {@link PowerDnsUnavailableException}). Messages carry PowerDNS's own error
 * text, which never contains the API key or TSIG secrets (the gateway never sends a secret).
 */
public class PowerDnsException extends RuntimeException {
    private final int status;

    public PowerDnsException(int status, String message) {
        super(message);
        this.status = status;
    }

    public PowerDnsException(int status, String message, Throwable cause) {
        super(message, cause);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
