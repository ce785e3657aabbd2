package com.ophos.registrar.epp;

/**
 * The server refused our login (or ended the session at once). {@code resultCode} 2502 means its session
 * limit is reached: the pool backs off and opens fewer sessions. Nothing of the caller's was sent.
 */
public class EppLoginException extends EppUnavailableException {
    private final int resultCode;

    public EppLoginException(String registryId, int resultCode, String message) {
        super("login to " + registryId + " refused with " + resultCode + ": " + message);
        this.resultCode = resultCode;
    }

    public int resultCode() {
        return resultCode;
    }
}
