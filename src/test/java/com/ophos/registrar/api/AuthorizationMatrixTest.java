package com.ophos.registrar.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.ophos.registrar.registry.inmemory.InMemoryRegistries;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every endpoint × {anonymous, frontend, support, scheduler}: the ordering API is for frontend and
 * support; anonymous callers get 401 and other roles 403 before any work is done. Health, metrics
 * and the API description are open.
 */
@QuarkusTest
@TestProfile(InMemoryRegistries.class)
class AuthorizationMatrixTest {
    record Endpoint(String method, String path, Set<String> allowed) {
    }

    private static final Set<String> ORDERING = Set.of("frontend", "support");
    private static final Set<String> OPEN = Set.of("anonymous", "frontend", "support", "scheduler");
    private static final List<String> CALLERS = List.of("anonymous", "frontend", "support", "scheduler");

    private static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint("GET", "/api/v1/domains/check?name=a.com", ORDERING),
            new Endpoint("POST", "/api/v1/domains", ORDERING),
            new Endpoint("GET", "/api/v1/domains/a.com", ORDERING),
            new Endpoint("GET", "/api/v1/domains?customer=1", ORDERING),
            new Endpoint("POST", "/api/v1/customers", ORDERING),
            new Endpoint("GET", "/api/v1/customers/1", ORDERING),
            new Endpoint("POST", "/api/v1/contacts", ORDERING),
            new Endpoint("GET", "/api/v1/contacts/1", ORDERING),
            new Endpoint("GET", "/api/v1/operations/1", ORDERING),
            new Endpoint("GET", "/q/health", OPEN),
            new Endpoint("GET", "/q/metrics", OPEN),
            new Endpoint("GET", "/q/openapi", OPEN));

    private static RequestSpecification as(String caller) {
        RequestSpecification request = given().contentType(ContentType.JSON);
        return caller.equals("anonymous") ? request : request.auth().preemptive().basic(caller, caller);
    }

    @Test
    void everyEndpointForEveryCaller() {
        List<String> wrong = new ArrayList<>();
        for (Endpoint endpoint : ENDPOINTS) {
            for (String caller : CALLERS) {
                RequestSpecification request = as(caller);
                int status = endpoint.method().equals("POST")
                        // An empty object: authorised callers get 400 (validation), never a create.
                        ? request.body("{}").post(endpoint.path()).statusCode()
                        : request.get(endpoint.path()).statusCode();
                boolean allowed = endpoint.allowed().contains(caller);
                boolean ok = allowed ? status != 401 && status != 403
                        : status == (caller.equals("anonymous") ? 401 : 403);
                if (!ok) {
                    wrong.add(endpoint.method() + " " + endpoint.path() + " as " + caller + " → " + status);
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void refusalsAreProblemDetails() {
        given().get("/api/v1/customers/1").then().statusCode(401)
                .contentType("application/problem+json").header("WWW-Authenticate", org.hamcrest.Matchers.startsWith("Basic"));
        as("scheduler").get("/api/v1/customers/1").then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void wrongPasswordIs401() {
        given().auth().preemptive().basic("frontend", "guess").get("/api/v1/customers/1").then().statusCode(401);
    }

    @Test
    void swaggerUiIsServed() {
        given().get("/q/swagger-ui/").then().statusCode(200);
    }

    @Test
    void readinessReportsEachRegistry() {
        Map<String, Object> data = given().get("/q/health/ready").then().statusCode(200)
                .extract().jsonPath().getMap("checks.find { it.name == 'registries' }.data");
        assertThat(data).containsKeys("verisign", "afnic", "generic");
    }
}
