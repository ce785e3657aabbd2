package com.ophos.registrar.api.dispute;

import com.ophos.registrar.dispute.DisputeStepFailedException;
import com.ophos.registrar.registry.spi.Outcome;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * A failed step of a dispute action, as problem+json: 503 when the registry could not be reached
 * (nothing sent), 504 when its answer is unknown, 502 for a refusal or a DNS failure. The body names
 * the case and the action to run again.
 */
public class DisputeStepFailedMapper {

    @ServerExceptionMapper
    public Response stepFailed(DisputeStepFailedException e) {
        int status = e.outcome().map(DisputeStepFailedMapper::statusOf).orElse(502);
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "urn:ophos:registrar:problem:dispute-step-failed");
        problem.put("title", "Dispute step failed; retryable");
        problem.put("status", status);
        problem.put("detail", e.getMessage());
        problem.put("fields", List.of());
        problem.put("caseId", e.caseId());
        problem.put("retryAction", e.action().wireName());
        problem.put("command", e.command());
        Response.ResponseBuilder response = Response.status(status).type("application/problem+json").entity(problem);
        if (status == 503) {
            response.header("Retry-After", "30");
        }
        return response.build();
    }

    private static int statusOf(Outcome outcome) {
        return switch (outcome) {
            case UNAVAILABLE, SESSION_ENDED -> 503;
            case UNKNOWN -> 504;
            default -> 502;
        };
    }
}
