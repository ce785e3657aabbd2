package com.ophos.registrar.dns;

/**
 * A DNS operation of the gateway could not be done (the server refused or did not answer). The
 * operation fails, the gateway keeps running; callers may retry, every operation being idempotent.
 */
public class DnsOperationException extends RuntimeException {
    public DnsOperationException(String message) {
        super(message);
    }

    public DnsOperationException(String message, Throwable cause) {
        super(message, cause);
    }
}
