package com.ophos.registrar.api.dispute;

import com.ophos.registrar.dispute.AccountMoveFailedException;
import com.ophos.registrar.registry.spi.Outcome;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * A failed registry step of an R24 move, as problem+json: 503 when the registry could not be reached,
 * 504 when its answer is unknown, 502 for a refusal. The move is run again to continue.
 */
public class AccountMoveFailedMapper {

    @ServerExceptionMapper
    public Response moveFailed(AccountMoveFailedException e) {
        int status = switch (e.outcome()) {
            case UNAVAILABLE, SESSION_ENDED -> 503;
            case UNKNOWN -> 504;
            default -> 502;
        };
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "urn:ophos:registrar:problem:account-move-failed");
        problem.put("title", "Registry account move step failed; run the move again to continue");
        problem.put("status", status);
        problem.put("detail", e.getMessage());
        problem.put("rule", "R24");
        problem.put("fields", List.of());
        e.moveId().ifPresent(id -> problem.put("moveId", id));
        problem.put("outcome", e.outcome() == null ? Outcome.UNKNOWN.name() : e.outcome().name());
        return Response.status(status).type("application/problem+json").entity(problem).build();
    }
}
