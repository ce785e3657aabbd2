package com.ophos.registrar.e2e;

import static com.ophos.registrar.e2e.Gateway.contact;
import static com.ophos.registrar.e2e.Gateway.customer;
import static com.ophos.registrar.e2e.Gateway.newKey;
import static com.ophos.registrar.e2e.Gateway.organizationJson;
import static com.ophos.registrar.e2e.Gateway.personJson;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.ophos.registrar.sandbox.EppCommandType;
import com.ophos.registrar.sandbox.SandboxRegistries;
import com.ophos.registrar.sandbox.SandboxRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The hostile input corpus ({@code src/test/resources/hostile/corpus.txt}) against every public
 * endpoint: each request is a 4xx problem+json naming what is wrong, none is a 5xx, and none makes the
 * gateway send a single object command to any registry (sandbox counters and the EPP wire log).
 */
@QuarkusTest
class HostileInputNoEppTest {
    private static final List<String> REGISTRIES = List.of("verisign", "afnic", "generic");

    /** Ids created once through the API; cases refer to them as {customer}, {holder}, {person}, {other}, {contract}. */
    private static Map<String, String> ids;

    @Inject
    SandboxRegistries sandboxes;

    @ConfigProperty(name = "registrar.epp.wire-log")
    String wireLog;

    @BeforeEach
    void createCustomersOnce() {
        if (ids == null) {
            long customer = customer();
            long otherCustomer = customer();
            ids = Map.of("{customer}", Long.toString(customer),
                    "{holder}", Long.toString(contact(organizationJson(customer))),
                    "{person}", Long.toString(contact(personJson(customer))),
                    "{other}", Long.toString(contact(organizationJson(otherCustomer))),
                    "{contract}", Long.toString(contract(customer)));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void isRefusedWith4xxProblemAndNoRegistryTraffic(HostileCorpus.Case hostile) throws IOException {
        Map<String, Map<EppCommandType, Long>> before = objectCommandCounts();
        Set<Path> framesBefore = wireLogFrames();

        Response response = send(hostile);

        String where = "corpus line " + hostile.line() + ", " + hostile.description();
        assertThat(response.statusCode()).as(where + ": " + abbreviated(response.asString()))
                .isEqualTo(hostile.expectedStatus());
        assertThat(response.contentType()).as(where).startsWith("application/problem+json");
        assertThat(response.jsonPath().getInt("status")).as(where).isEqualTo(hostile.expectedStatus());
        assertThat(response.jsonPath().getString("type")).as(where).isNotBlank();
        assertThat(response.jsonPath().getString("title")).as(where).isNotBlank();
        assertThat(objectCommandCounts()).as(where + ": registries saw object commands").isEqualTo(before);
        assertThat(commandFramesSince(framesBefore)).as(where + ": EPP commands in the wire log").isEmpty();
    }

    @Test
    void theCorpusHasAtLeast200CasesAndCoversEveryPublicEndpoint() {
        List<HostileCorpus.Case> corpus = HostileCorpus.load();
        assertThat(corpus).hasSizeGreaterThanOrEqualTo(200);
        List<String> paths = corpus.stream().map(c -> c.method() + " " + c.path()).toList();
        for (String endpoint : List.of("GET /api/v1/domains/check", "POST /api/v1/domains", "/renewals",
                "DELETE /api/v1/domains/", "GET /api/v1/domains/", "GET /api/v1/domains?", "POST /api/v1/contacts",
                "GET /api/v1/contacts/", "POST /api/v1/customers", "GET /api/v1/customers/", "POST /api/v1/contracts",
                "GET /api/v1/contracts/", "/ledger", "/liability-cap", "POST /api/v1/disputes", "GET /api/v1/disputes",
                "/actions", "/support/contracts/", "POST /api/v1/runs/", "GET /api/v1/runs", "GET /api/v1/operations/",
                "/price-changes")) {
            assertThat(paths).as("corpus covers " + endpoint).anyMatch(p -> p.contains(endpoint));
        }
    }

    private Response send(HostileCorpus.Case hostile) {
        String body = withIds(hostile.body());
        RequestSpecification request = given().urlEncodingEnabled(false)
                .config(RestAssuredConfig.config().encoderConfig(
                        EncoderConfig.encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false)));
        if (hostile.contentType() != null) {
            request.contentType(hostile.contentType());
        }
        if (!body.isEmpty() || hostile.contentType() != null) {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            if (hostile.chunked()) {
                // An InputStream has no length: the client streams it chunked, without Content-Length.
                request.body(new ByteArrayInputStream(bytes));
            } else {
                request.body(bytes);
            }
        }
        switch (hostile.caller()) {
            case FRONTEND -> request.auth().preemptive().basic("frontend", "frontend");
            case SUPPORT -> request.auth().preemptive().basic("support", "support");
            case WRONG_PASSWORD -> request.auth().preemptive().basic("frontend", "not-the-password");
            case SCHEDULER -> request.auth().preemptive().basic("scheduler", "scheduler");
            case NOBODY -> { }
        }
        if (hostile.idempotencyKey()) {
            request.header("Idempotency-Key", newKey());
        }
        return request.request(hostile.method(), withIds(hostile.path()));
    }

    private static long contract(long customer) {
        return given().auth().preemptive().basic("frontend", "frontend").contentType("application/json")
                .body("{\"customerId\":" + customer + ",\"offer\":\"pro\",\"termMonths\":6,"
                        + "\"paymentMethod\":\"transfer\",\"domain\":\"" + Gateway.uniqueLabel() + ".com\"}")
                .post("/api/v1/contracts").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static String withIds(String text) {
        for (Map.Entry<String, String> id : ids.entrySet()) {
            text = text.replace(id.getKey(), id.getValue());
        }
        return text;
    }

    private static String abbreviated(String text) {
        return text.length() > 500 ? text.substring(0, 500) + "..." : text;
    }

    private Set<Path> wireLogFrames() throws IOException {
        Path directory = Path.of(wireLog);
        if (!Files.isDirectory(directory)) {
            return Set.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.collect(Collectors.toSet());
        }
    }

    /** Frames the gateway sent since: any command other than login/logout is a failure of the case. */
    private List<String> commandFramesSince(Set<Path> before) throws IOException {
        List<String> commands = new ArrayList<>();
        for (Path frame : wireLogFrames()) {
            if (before.contains(frame)) {
                continue;
            }
            String xml = Files.readString(frame, StandardCharsets.UTF_8);
            if (xml.contains("<command") && !xml.contains("<login") && !xml.contains("<logout")) {
                commands.add(frame.getFileName().toString());
            }
        }
        return commands;
    }

    private Map<String, Map<EppCommandType, Long>> objectCommandCounts() {
        return REGISTRIES.stream().collect(Collectors.toMap(id -> id, id -> {
            SandboxRegistry sandbox = sandboxes.registry(id);
            Map<EppCommandType, Long> counts = new EnumMap<>(EppCommandType.class);
            sandbox.commandCounts().forEach((type, count) -> {
                if (!type.isSessionCommand()) {
                    counts.put(type, count);
                }
            });
            return counts;
        }));
    }

    static Stream<HostileCorpus.Case> cases() {
        return HostileCorpus.load().stream();
    }
}
