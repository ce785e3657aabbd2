package com.ophos.registrar.api.billing;

import com.ophos.registrar.common.ConflictException;
import com.ophos.registrar.common.InvalidInputException;
import com.ophos.registrar.common.NotFoundProblem;
import com.ophos.registrar.common.RuleViolationException;
import jakarta.ws.rs.core.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * TEST ONLY stand-in for the core's problem+json mappers, so billing's API tests can assert status,
 * rule and fields. Delete it when the core's mappers are merged.
 */
public class TestProblemMappers {

    @ServerExceptionMapper
    public Response ruleViolation(RuleViolationException e) {
        return problem(422, e.rule(), e.fields(), e.getMessage());
    }

    @ServerExceptionMapper
    public Response invalidInput(InvalidInputException e) {
        return problem(400, null, e.fields(), e.getMessage());
    }

    @ServerExceptionMapper
    public Response conflict(ConflictException e) {
        return problem(409, e.rule(), e.fields(), e.getMessage());
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundProblem e) {
        return problem(404, null, List.of(), e.getMessage());
    }

    private static Response problem(int status, String rule, List<String> fields, String detail) {
        Map<String, Object> body = new HashMap<>();
        body.put("status", status);
        body.put("detail", detail);
        body.put("fields", fields);
        if (rule != null) {
            body.put("rule", rule);
        }
        return Response.status(status).type("application/problem+json").entity(body).build();
    }
}
