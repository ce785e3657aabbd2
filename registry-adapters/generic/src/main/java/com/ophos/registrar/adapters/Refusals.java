package com.ophos.registrar.adapters;

import com.ophos.registrar.epp.EppException;
import com.ophos.registrar.epp.EppLoginException;
import com.ophos.registrar.epp.model.EppResponse;
import com.ophos.registrar.epp.model.Result;
import com.ophos.registrar.registry.spi.Outcome;
import com.ophos.registrar.registry.spi.RegistryException;
import java.util.stream.Collectors;

/**
 * Turns everything that is not a success into a {@link RegistryException} of one registry. Messages
 * carry the registry's text and reasons but never the values it echoes in {@code extValue}: a server
 * may echo the auth code it refused.
 */
public final class Refusals {
    private final String registryId;

    public Refusals(String registryId) {
        this.registryId = registryId;
    }

    /** A 2xxx answer: the registry read the command and did not apply it. */
    public RegistryException answered(EppResponse response, String clTRID) {
        String reasons = response.results().stream().flatMap(r -> r.extValues().stream())
                .map(Result.ExtValue::reason).filter(r -> r != null && !r.isBlank())
                .collect(Collectors.joining("; "));
        String message = registryId + " answered " + response.code() + " " + response.message()
                + (reasons.isEmpty() ? "" : " (" + reasons + ")");
        return new RegistryException(registryId, response.outcome(), response.code(), message, clTRID,
                response.svTRID());
    }

    /** No answer was read: unavailable when nothing was sent, unknown once the frame may have reached it. */
    public RegistryException unanswered(Throwable failure, String clTRID) {
        if (failure instanceof RegistryException registryException) {
            return registryException;
        }
        if (failure instanceof EppException epp) {
            return new RegistryException(registryId, epp.outcome(), loginRefusalCode(epp), epp.getMessage(), clTRID,
                    null, epp);
        }
        // Not a failure the EPP client classified: assume the worst, the caller reconciles.
        return new RegistryException(registryId, Outcome.UNKNOWN, 0,
                registryId + ": " + failure.getClass().getSimpleName() + " while sending", clTRID, null, failure);
    }

    /**
     * The code of the refused login that left the command without a session (2502: session limit), or 0:
     * the fault tolerance around the adapter reacts to it.
     */
    private static int loginRefusalCode(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof EppLoginException login) {
                return login.resultCode();
            }
        }
        return 0;
    }

    /** The adapter refuses before sending anything: the command breaks the registry's policy. */
    public RegistryException policy(String message, String clTRID) {
        return new RegistryException(registryId, Outcome.POLICY_REFUSED, 0, registryId + ": " + message, clTRID,
                null);
    }
}
