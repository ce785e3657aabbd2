package com.ophos.registrar.api.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.ophos.registrar.api.scope.CustomerScope;
import com.ophos.registrar.api.scope.OtherCustomerException;
import com.ophos.registrar.common.ConflictException;
import com.ophos.registrar.common.InvalidInputException;
import com.ophos.registrar.common.NotFoundProblem;
import com.ophos.registrar.common.RuleViolationException;
import com.ophos.registrar.registry.spi.RegistryException;
import io.quarkus.hibernate.validator.runtime.jaxrs.ResteasyReactiveViolationException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Every error leaves the API as application/problem+json; internals never do. */
public class ProblemMappers {
    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    /** Seconds a caller should wait before retrying when a registry is down or pushing back. */
    static final String RETRY_AFTER_SECONDS = "30";

    @ServerExceptionMapper
    public Response invalidInput(InvalidInputException e) {
        return Problem.of(400, e.problemType(), "Invalid input", e.getMessage(), e.fields(), null).toResponse();
    }

    @ServerExceptionMapper
    public Response ruleViolation(RuleViolationException e) {
        String title = e.rule() == null ? "Refused by registry policy" : "Refused by business rule " + e.rule();
        return Problem.of(422, e.problemType(), title, e.getMessage(), e.fields(), e.rule()).toResponse();
    }

    @ServerExceptionMapper
    public Response conflict(ConflictException e) {
        return Problem.of(409, "conflict", "Conflict", e.getMessage(), e.fields(), e.rule()).toResponse();
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundProblem e) {
        return Problem.of(404, "not-found", "Not found", e.getMessage(), List.of(), null).toResponse();
    }

    @ServerExceptionMapper
    public Response registry(RegistryException e) {
        String registry = "registry " + e.registryId();
        return switch (e.outcome()) {
            case UNAVAILABLE -> retryLater(Problem.of(503, "registry-unavailable", "Registry unavailable",
                    registry + " cannot take commands now; nothing was sent", List.of(), null));
            case SESSION_ENDED -> retryLater(Problem.of(429, "registry-busy", "Registry pushes back",
                    registry + " ended the session (" + e.resultCode() + "); the command was not applied",
                    List.of(), null));
            // RFC 5730 2400: the registry failed internally and applied nothing; asking again later is the remedy.
            case COMMAND_FAILED -> retryLater(Problem.of(503, "registry-failed", "Registry failed the command",
                    registry + " answered " + e.resultCode() + " (command failed); nothing was applied", List.of(),
                    null));
            case OBJECT_EXISTS -> Problem.of(409, "registry-object-exists", "Exists at the registry",
                    registry + " answered " + e.resultCode() + ": the object exists", List.of(), null).toResponse();
            case OBJECT_DOES_NOT_EXIST -> Problem.of(404, "registry-object-missing", "Unknown to the registry",
                    registry + " answered " + e.resultCode() + ": the object does not exist", List.of(), null)
                    .toResponse();
            case UNKNOWN -> Problem.of(504, "registry-no-answer", "No answer from the registry",
                    registry + " did not answer in time", List.of(), null).toResponse();
            default -> Problem.of(502, "registry-refused", "Refused by the registry",
                    registry + " answered " + e.resultCode() + ": " + e.getMessage(), List.of(), null).toResponse();
        };
    }

    /** The registry's circuit breaker is open: retry once it lets trial calls through. */
    @ServerExceptionMapper
    public Response circuitOpen(com.ophos.registrar.registry.guard.RegistryCircuitOpenException e) {
        return retryAfter(Problem.of(503, "registry-unavailable", "Registry unavailable", e.getMessage(), List.of(),
                null), e.retryAfter());
    }

    /** Every session of the registry busy and the line full: the caller slows down. */
    @ServerExceptionMapper
    public Response busy(com.ophos.registrar.registry.guard.RegistryBusyException e) {
        return retryAfter(Problem.of(429, "registry-busy", "Registry busy", e.getMessage(), List.of(), null),
                e.retryAfter());
    }

    private static Response retryAfter(Problem problem, java.time.Duration wait) {
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        return Response.fromResponse(problem.toResponse()).header("Retry-After", Long.toString(seconds)).build();
    }

    /** The company's DNS servers refused or did not answer: the operation failed, nothing half-done. */
    @ServerExceptionMapper
    public Response dns(com.ophos.registrar.dns.DnsOperationException e) {
        return retryLater(Problem.of(503, "dns-unavailable", "DNS operation failed", e.getMessage(), List.of(), null));
    }

    @ServerExceptionMapper
    public Response powerDns(com.ophos.registrar.dns.powerdns.PowerDnsException e) {
        return retryLater(Problem.of(503, "dns-unavailable", "DNS server unavailable",
                "the company's DNS server did not complete the operation", List.of(), null));
    }

    private static Response retryLater(Problem problem) {
        return Response.fromResponse(problem.toResponse()).header("Retry-After", RETRY_AFTER_SECONDS).build();
    }

    @ServerExceptionMapper
    public Response violations(ResteasyReactiveViolationException e) {
        return constraintViolations(e);
    }

    @ServerExceptionMapper
    public Response constraintViolations(ConstraintViolationException e) {
        List<String> fields = new ArrayList<>();
        List<String> messages = new ArrayList<>();
        for (ConstraintViolation<?> v : e.getConstraintViolations()) {
            String field = fieldOf(v.getPropertyPath());
            fields.add(field);
            messages.add(field + ": " + v.getMessage());
        }
        fields = fields.stream().distinct().sorted().toList();
        return Problem.of(400, "invalid-input", "Invalid input", String.join("; ", messages.stream().sorted().toList()),
                fields, null).toResponse();
    }

    /**
     * {@code register.request.address.street[1].<list element>} → {@code address.street[1]}: the method
     * and body parameter are dropped; a parameter alone (query, header) keeps its name.
     */
    static String fieldOf(Path path) {
        List<String> parts = new ArrayList<>();
        String parameter = null;
        for (Path.Node node : path) {
            switch (node.getKind()) {
                case METHOD, CONSTRUCTOR, CROSS_PARAMETER -> {
                }
                case PARAMETER -> parameter = node.getName();
                case RETURN_VALUE -> {
                    return "response";
                }
                default -> {
                    if (node.isInIterable() && !parts.isEmpty()) {
                        Object at = node.getIndex() != null ? node.getIndex() : node.getKey();
                        if (at != null) {
                            parts.set(parts.size() - 1, parts.get(parts.size() - 1) + "[" + at + "]");
                        }
                    }
                    if (node.getName() != null && !node.getName().startsWith("<")) {
                        parts.add(node.getName());
                    }
                }
            }
        }
        if (parts.isEmpty()) {
            return parameter == null ? "body" : parameter;
        }
        return String.join(".", parts);
    }

    @ServerExceptionMapper
    public Response unknownField(UnrecognizedPropertyException e) {
        return Problem.of(400, "invalid-json", "Invalid JSON", "unknown field '" + e.getPropertyName() + "'",
                List.of(jsonPath(e)), null).toResponse();
    }

    @ServerExceptionMapper
    public Response nullValue(InvalidNullException e) {
        return Problem.of(400, "invalid-json", "Invalid JSON", "null is not allowed here",
                List.of(jsonPath(e)), null).toResponse();
    }

    @ServerExceptionMapper
    public Response wrongFormat(InvalidFormatException e) {
        return Problem.of(400, "invalid-json", "Invalid JSON", "the value has the wrong type or format; expected "
                + e.getTargetType().getSimpleName(), List.of(jsonPath(e)), null).toResponse();
    }

    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e) {
        String type = e.getTargetType() == null ? "another type" : e.getTargetType().getSimpleName();
        return Problem.of(400, "invalid-json", "Invalid JSON", "the value has the wrong type; expected " + type,
                List.of(jsonPath(e)), null).toResponse();
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e) {
        List<String> fields = e instanceof JsonMappingException m && !m.getPath().isEmpty()
                ? List.of(jsonPath(m)) : List.of();
        return Problem.of(400, "invalid-json", "Invalid JSON", "the body is not well-formed JSON for this request",
                fields, null).toResponse();
    }

    static String jsonPath(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (path.length() > 0) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.length() == 0 ? "body" : path.toString();
    }

    @ServerExceptionMapper
    public Response unauthenticated(UnauthorizedException e) {
        return unauthenticated("this endpoint needs HTTP Basic credentials");
    }

    /** Wrong credentials fail proactive authentication before the resource; without this the 401 has no body. */
    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e) {
        return unauthenticated("the HTTP Basic credentials were not accepted");
    }

    private static Response unauthenticated(String detail) {
        Response problem = Problem.of(401, "unauthenticated", "Authentication required", detail, List.of(), null)
                .toResponse();
        return Response.fromResponse(problem).header("WWW-Authenticate", "Basic realm=\"registrar\"").build();
    }

    @ServerExceptionMapper
    public Response otherCustomer(OtherCustomerException e) {
        return Problem.of(403, "other-customer", "Refused by business rule R23", e.getMessage(),
                List.of(CustomerScope.HEADER), "R23").toResponse();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return Problem.of(403, "forbidden", "Forbidden", "your role does not allow this endpoint", List.of(), null)
                .toResponse();
    }

    @ServerExceptionMapper
    public Response jaxrs(WebApplicationException e) {
        Response.StatusType status = e.getResponse().getStatusInfo();
        Response problem = Problem.of(status.getStatusCode(), "http-" + status.getStatusCode(),
                status.getReasonPhrase(), status.getReasonPhrase(), List.of(), null).toResponse();
        Response.ResponseBuilder copy = Response.fromResponse(problem);
        e.getResponse().getHeaders().forEach((name, values) -> {
            if (!name.equalsIgnoreCase("Content-Type") && !name.equalsIgnoreCase("Content-Length")) {
                values.forEach(v -> copy.header(name, v));
            }
        });
        return copy.build();
    }

    /** Anything else is our fault: logged with a reference the caller can quote, no internals sent. */
    @ServerExceptionMapper
    public Response internal(Throwable e) {
        String reference = UUID.randomUUID().toString();
        LOG.errorf(e, "internal error %s", reference);
        return Problem.of(500, "internal-error", "Internal error",
                "the gateway failed to handle the request; reference " + reference, List.of(), null).toResponse();
    }
}
