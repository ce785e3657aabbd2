package com.ophos.registrar.registry.spi;

/**
 * A registry refused a command, or its outcome is unknown. Carries the registry's result code and
 * message and the transaction ids so the journal can record them.
 */
public class RegistryException extends RuntimeException {
    private final String registryId;
    private final Outcome outcome;
    private final int resultCode;
    private final String clTRID;
    private final String svTRID;

    public RegistryException(String registryId, Outcome outcome, int resultCode, String message,
                             String clTRID, String svTRID, Throwable cause) {
        super(message, cause);
        this.registryId = registryId;
        this.outcome = outcome;
        this.resultCode = resultCode;
        this.clTRID = clTRID;
        this.svTRID = svTRID;
    }

    public RegistryException(String registryId, Outcome outcome, int resultCode, String message,
                             String clTRID, String svTRID) {
        this(registryId, outcome, resultCode, message, clTRID, svTRID, null);
    }

    public String registryId() { return registryId; }
    public Outcome outcome() { return outcome; }
    /** EPP result code, or 0 when no answer was read. */
    public int resultCode() { return resultCode; }
    public String clTRID() { return clTRID; }
    public String svTRID() { return svTRID; }
}
