package com.ophos.registrar.dns.powerdns;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;

/** Turns PowerDNS error answers ({@code {"error": "..."}} or plain text) into typed exceptions. */
public class PowerDnsErrors implements ResponseExceptionMapper<PowerDnsException> {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_DETAIL = 300;

    @Override
    public PowerDnsException toThrowable(Response response) {
        int status = response.getStatus();
        String message = "PowerDNS API answered " + status + ": " + detail(response);
        if (status == 404) {
            return new PowerDnsNotFoundException(message);
        }
        if (status == 409) {
            return new PowerDnsConflictException(message);
        }
        if (status == 400 || status == 422) {
            return new PowerDnsRejectedException(status, message);
        }
        if (status >= 500) {
            return new PowerDnsUnavailableException(status, message);
        }
        return new PowerDnsException(status, message);
    }

    private static String detail(Response response) {
        String body;
        try {
            body = response.hasEntity() ? response.readEntity(String.class) : "";
        } catch (RuntimeException unreadable) {
            return response.getStatusInfo().getReasonPhrase();
        }
        if (body == null || body.isBlank()) {
            return response.getStatusInfo().getReasonPhrase();
        }
        try {
            JsonNode error = JSON.readTree(body).path("error");
            if (error.isTextual()) {
                return truncate(error.asText());
            }
        } catch (Exception notJson) {
            // PowerDNS answers some errors (e.g. 404) in plain text.
        }
        return truncate(body.strip());
    }

    private static String truncate(String text) {
        return text.length() <= MAX_DETAIL ? text : text.substring(0, MAX_DETAIL) + "...";
    }
}
