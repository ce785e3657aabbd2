package com.ophos.registrar.api.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A declared body above {@code quarkus.http.limits.max-body-size} is answered 413 problem+json before
 * anything reads it (Vert.x alone would answer with an empty body).
 */
@ApplicationScoped
public class BodyTooLarge {
    private static final int FIRST = -1_000;

    private final long limit;
    private final ObjectMapper json;

    public BodyTooLarge(@ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize limit,
                        ObjectMapper json) {
        this.limit = limit.asLongValue();
        this.json = json;
    }

    void install(@Observes Router router) throws JsonProcessingException {
        String body = json.writeValueAsString(Problem.of(413, "body-too-large", "Request body too large",
                "the request body exceeds " + limit + " bytes", List.of("body"), null));
        router.route().order(FIRST).handler(ctx -> {
            String declared = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            if (declared != null && isAbove(declared)) {
                ctx.response().setStatusCode(413)
                        .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                        .putHeader(HttpHeaders.CONNECTION, "close")
                        .end(body);
                return;
            }
            ctx.next();
        });
    }

    private boolean isAbove(String declared) {
        try {
            return Long.parseLong(declared.trim()) > limit;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
