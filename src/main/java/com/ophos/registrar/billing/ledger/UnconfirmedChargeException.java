package com.ophos.registrar.billing.ledger;

/** A registry charge without the registry's transaction id: the command was not confirmed, so nothing is owed. */
public class UnconfirmedChargeException extends IllegalArgumentException {
    public UnconfirmedChargeException(String registryId, long operationId) {
        super("no svTRID for operation " + operationId + " at " + registryId
                + ": a command the registry did not confirm is never charged");
    }
}
