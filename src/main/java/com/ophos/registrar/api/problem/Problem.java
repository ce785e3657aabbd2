package com.ophos.registrar.api.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * RFC 9457 problem details. {@code fields} names the offending input (JSON path, query parameter or
 * header); {@code rule} the business rule (R1…) that refused the request, null when none applies.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record Problem(String type, String title, int status, String detail, List<String> fields, String rule) {

    public static final String MEDIA_TYPE = "application/problem+json";
    static final String TYPE_BASE = "https://registrar.ophos.example/problems/";

    public Problem {
        fields = fields == null ? List.of() : List.copyOf(fields);
    }

    public static Problem of(int status, String typeSlug, String title, String detail, List<String> fields,
                             String rule) {
        return new Problem(TYPE_BASE + typeSlug, title, status, detail, fields, rule);
    }

    public Response toResponse() {
        return Response.status(status).type(MEDIA_TYPE).entity(this).build();
    }
}
