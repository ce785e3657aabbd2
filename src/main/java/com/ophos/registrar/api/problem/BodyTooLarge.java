package com.ophos.registrar.api.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A body above {@code quarkus.http.limits.max-body-size} is answered 413 problem+json: a declared one
 * before anything reads it, a chunked one (no Content-Length) as soon as the limit is crossed while
 * it is read here, before the REST layer sees it (whose own 413 has an empty body).
 */
@ApplicationScoped
public class BodyTooLarge {
    private static final int FIRST = -1_000;

    private final long limit;
    private final ObjectMapper json;
    /** Reads a chunked body up to the limit into the routing context (the REST layer then uses it). */
    private final BodyHandler chunked;

    public BodyTooLarge(@ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize limit,
                        ObjectMapper json) {
        this.limit = limit.asLongValue();
        this.json = json;
        this.chunked = BodyHandler.create(false).setBodyLimit(this.limit).setMergeFormAttributes(false);
    }

    void install(@Observes Router router) throws JsonProcessingException {
        String body = json.writeValueAsString(Problem.of(413, "body-too-large", "Request body too large",
                "the request body exceeds " + limit + " bytes", List.of("body"), null));
        router.route().order(FIRST).handler(ctx -> {
            String declared = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            if (declared != null && isAbove(declared)) {
                refuse(ctx, body);
                return;
            }
            if (declared == null && ctx.request().headers().contains(HttpHeaders.TRANSFER_ENCODING, "chunked", true)) {
                chunked.handle(ctx);
                return;
            }
            ctx.next();
        });
        router.route().order(FIRST).failureHandler(ctx -> {
            if (ctx.statusCode() == 413 && !ctx.response().headWritten()) {
                refuse(ctx, body);
                return;
            }
            ctx.next();
        });
    }

    private static void refuse(RoutingContext ctx, String body) {
        ctx.response().setStatusCode(413)
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CONNECTION, "close")
                .end(body);
    }

    private boolean isAbove(String declared) {
        try {
            return Long.parseLong(declared.trim()) > limit;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
