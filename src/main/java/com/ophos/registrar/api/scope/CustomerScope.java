package com.ophos.registrar.api.scope;

import com.ophos.registrar.common.InvalidInputException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.Optional;

/**
 * R23: every connection with the customer's credentials is deemed the customer's, so a frontend request acts
 * for exactly one customer and reaches only that customer's data. The frontend names the customer in the
 * {@value #HEADER} header (or in the body, path or query of requests that carry a customer id); support staff
 * act for the company and are not scoped.
 */
@RequestScoped
public class CustomerScope {
    public static final String HEADER = "X-Customer-Id";
    static final String UNSCOPED_ROLE = "support";

    private final SecurityIdentity caller;
    private final HttpHeaders headers;

    public CustomerScope(SecurityIdentity caller, HttpHeaders headers) {
        this.caller = caller;
        this.headers = headers;
    }

    /** The request names {@code customerId} (body, path or query): it must be the customer the caller acts for. */
    public void actFor(long customerId) {
        if (!scoped()) {
            return;
        }
        Optional<Long> named = header();
        if (named.isPresent() && named.get() != customerId) {
            throw new OtherCustomerException("the request names customer " + customerId + " but " + HEADER
                    + " says " + named.get());
        }
    }

    /** The resource the request reaches belongs to {@code ownerId}: only that customer's requests may reach it. */
    public void requireOwner(long ownerId, String what) {
        if (!scoped()) {
            return;
        }
        long actingFor = header().orElseThrow(() -> new InvalidInputException(HEADER,
                "frontend requests name the customer they act for in " + HEADER + " (R23)"));
        if (actingFor != ownerId) {
            throw new OtherCustomerException(what + " belongs to another customer than " + actingFor);
        }
    }

    private boolean scoped() {
        return !caller.isAnonymous() && !caller.hasRole(UNSCOPED_ROLE);
    }

    private Optional<Long> header() {
        String value = headers.getHeaderString(HEADER);
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            long id = Long.parseLong(value.strip());
            if (id <= 0) {
                throw new NumberFormatException();
            }
            return Optional.of(id);
        } catch (NumberFormatException e) {
            throw new InvalidInputException(HEADER, HEADER + " must be a customer id (a positive whole number)");
        }
    }
}
