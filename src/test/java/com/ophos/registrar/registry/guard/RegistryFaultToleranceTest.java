package com.ophos.registrar.registry.guard;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.ophos.registrar.api.problem.ProblemMappers;
import com.ophos.registrar.billing.ledger.ChargeKind;
import com.ophos.registrar.billing.ledger.LedgerEntry;
import com.ophos.registrar.lifecycle.model.Operation;
import com.ophos.registrar.registry.RegistryRouter;
import com.ophos.registrar.registry.spi.DomainInfoQuery;
import com.ophos.registrar.registry.spi.Outcome;
import com.ophos.registrar.registry.spi.RegistryAdapter;
import com.ophos.registrar.registry.spi.RegistryException;
import com.ophos.registrar.sandbox.EppCommandType;
import com.ophos.registrar.sandbox.FaultTrigger;
import com.ophos.registrar.sandbox.SandboxRegistries;
import com.ophos.registrar.sandbox.SandboxRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.smallrye.faulttolerance.api.CircuitBreakerState;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The fault tolerance of the .org registry (the generic sandbox, limits of {@link FastBreakers}: breaker
 * after 4 failed calls in a row, open 10 s, bulkhead 2 sessions + 1 waiting) through the API, with the
 * sandbox's fault injection. Each test leaves the breaker closed again.
 */
@QuarkusTest
@TestProfile(RegistryFaultToleranceTest.FastBreakers.class)
class RegistryFaultToleranceTest {
    private static final Duration SETTLED = Duration.ofSeconds(60);

    @Inject
    SandboxRegistries sandboxes;

    @Inject
    RegistryGuards guards;

    @Inject
    RegistryRouter router;

    @Inject
    RegistryGuardsConfig config;

    @AfterEach
    void registryBackAndBreakerClosed() {
        generic().faults().clear();
        await().atMost(SETTLED).pollInterval(Duration.ofMillis(500))
                .until(() -> check("back-" + UUID.randomUUID().toString().substring(0, 8) + ".org").statusCode() == 200
                        && guard().state() == CircuitBreakerState.CLOSED);
    }

    @Test
    void repeatedFailuresOpenTheBreaker_callersGet503WithRetryAfter_healthAndMetricsShowIt() {
        generic().faults().failCommands(FaultTrigger.next(4));
        for (int i = 0; i < 4; i++) {
            check("fail-" + i + ".org").then().statusCode(503).body("type", org.hamcrest.Matchers.endsWith("registry-failed"))
                    .header("Retry-After", org.hamcrest.Matchers.notNullValue());
        }
        long checksBefore = generic().commandsReceived(EppCommandType.DOMAIN_CHECK);

        Response refused = check("refused.org");

        refused.then().statusCode(503).contentType("application/problem+json")
                .body("type", org.hamcrest.Matchers.endsWith("registry-unavailable"));
        assertThat(Integer.parseInt(refused.header("Retry-After"))).isBetween(1, 10);
        assertThat(refused.jsonPath().getString("detail")).contains("repeated failures").contains("nothing was sent");
        assertThat(generic().commandsReceived(EppCommandType.DOMAIN_CHECK)).isEqualTo(checksBefore);
        assertThat(guard().state()).isEqualTo(CircuitBreakerState.OPEN);
        assertThat(given().get("/q/metrics").asString())
                .contains("registrar_registry_circuit_state{registry=\"generic\"} 2.0")
                .containsPattern("registrar_registry_calls_refused_total\\{reason=\"circuit-open\",registry=\"generic\"} [1-9]");
        var registries = given().get("/q/health/ready").then().statusCode(503).extract().jsonPath()
                .getMap("checks.find { it.name == 'registries' }.data");
        assertThat(registries.get("generic.circuit")).isEqualTo("open");
        assertThat(String.valueOf(registries.get("generic"))).startsWith("down").contains("circuit open");
    }

    @Test
    void anOrderAcceptedWhileTheBreakerIsOpen_waitsAndCompletesOnceTheRegistryIsBack() {
        long customer = customer();
        long holder = contact(customer);
        String name = "ft-" + UUID.randomUUID().toString().substring(0, 10) + ".org";
        generic().faults().failCommands(FaultTrigger.next(4));
        for (int i = 0; i < 4; i++) {
            check("trip-" + i + ".org").then().statusCode(503);
        }
        assertThat(guard().state()).isEqualTo(CircuitBreakerState.OPEN);

        Response accepted = frontend().header("Idempotency-Key", UUID.randomUUID().toString())
                .body(domainJson(customer, name, holder)).post("/api/v1/domains");

        assertThat(accepted.statusCode()).as(accepted.asString()).isIn(201, 202);
        long id = accepted.jsonPath().getLong("id");
        await().atMost(SETTLED).pollInterval(Duration.ofMillis(200)).until(() -> finished(journal(id)));
        Operation op = journal(id);
        assertThat(op.state).isEqualTo(Operation.State.SUCCEEDED);
        assertThat(generic().domain(name)).isPresent();
        assertThat(generic().commandLog().stream().filter(c -> c.type() == EppCommandType.DOMAIN_CREATE
                && c.clientTransactionId().filter(op.clTRID::equals).isPresent()).count()).isEqualTo(1);
        // the charge is written just after the journal entry finishes
        await().atMost(SETTLED).until(() -> createCharges(name).size() == 1);
        assertThat(createCharges(name)).hasSize(1);
    }

    /**
     * Checks no longer reach the bulkhead one by one (the check coalescer queues them into shared
     * commands), so the bulkhead is driven with info commands through the router's guarded adapter.
     */
    @Test
    void aFullBulkheadTurnsCallersAwayWith429AndRetryAfter() {
        generic().faults().latency(Duration.ofMillis(1_500));
        RegistryAdapter guarded = router.byId("generic").orElseThrow();
        List<CompletableFuture<Throwable>> calls = IntStream.range(0, 6)
                .mapToObj(i -> CompletableFuture.supplyAsync(() -> failureOf(
                        guarded.infoDomain(new DomainInfoQuery("busy-" + i + ".org", Optional.empty())))))
                .toList();
        List<Throwable> failures = calls.stream().map(CompletableFuture::join).toList();

        List<RegistryBusyException> busy = failures.stream().filter(RegistryBusyException.class::isInstance)
                .map(RegistryBusyException.class::cast).toList();
        // 2 sessions at work, 1 waiting: of 6 at once, at least 3 are turned away; the others reach the registry
        assertThat(busy).hasSizeGreaterThanOrEqualTo(3);
        assertThat(failures).filteredOn(f -> !(f instanceof RegistryBusyException))
                .allSatisfy(f -> assertThat(((RegistryException) f).outcome()).isEqualTo(Outcome.OBJECT_DOES_NOT_EXIST));
        assertThat(busy).allSatisfy(b -> {
            jakarta.ws.rs.core.Response answer = new ProblemMappers().busy(b);
            assertThat(answer.getStatus()).isEqualTo(429);
            assertThat(answer.getHeaderString("Retry-After")).isEqualTo("3");
        });
        assertThat(guard().state()).isEqualTo(CircuitBreakerState.CLOSED);
    }

    @Test
    void oneSessionLimitAnswerOpensTheBreaker_refusalsOfTheCommandDoNot() {
        AtomicInteger sent = new AtomicInteger();
        RegistryGuard guard = new RegistryGuard("unit", config.registries().get("generic"), 2, 1, ignoredCounter());

        for (int i = 0; i < 6; i++) {
            Throwable refusal = failureOf(guard.transform(() -> {
                sent.incrementAndGet();
                return Uni.createFrom().failure(new RegistryException("unit", Outcome.POLICY_REFUSED, 2306,
                        "refused", null, null));
            }));
            assertThat(refusal).isNotInstanceOf(RegistryCircuitOpenException.class);
        }
        assertThat(guard.state()).isEqualTo(CircuitBreakerState.CLOSED);

        Throwable limit = failureOf(guard.query(() -> {
            sent.incrementAndGet();
            return Uni.createFrom().failure(new RegistryException("unit", Outcome.UNAVAILABLE, 2502,
                    "login refused with 2502", null, null));
        }));
        assertThat(((RegistryException) limit).resultCode()).isEqualTo(2502);
        int sentBefore = sent.get();

        Throwable refused = failureOf(guard.query(() -> {
            sent.incrementAndGet();
            return Uni.createFrom().item("answer");
        }));

        assertThat(refused).isInstanceOf(RegistryCircuitOpenException.class)
                .hasMessageContaining("session limit exceeded (2502)");
        assertThat(((RegistryCircuitOpenException) refused).retryAfter()).isBetween(Duration.ofSeconds(1),
                Duration.ofSeconds(2));
        assertThat(sent.get()).isEqualTo(sentBefore);
        assertThat(guard.state()).isEqualTo(CircuitBreakerState.OPEN);
        assertThat(guard.describe()).startsWith("circuit open: session limit exceeded");
    }

    /** The default test run with the .org registry's breakers tripping within a test's time. */
    public static class FastBreakers implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            String org = "registrar.fault-tolerance.registries.generic.";
            return Map.of(org + "failure-window", "4", org + "failure-ratio", "1.0", org + "open-for", "PT10S",
                    org + "session-limit-open-for", "PT2S", org + "bulkhead-queue", "1",
                    org + "busy-retry-after", "PT3S");
        }
    }

    private static Throwable failureOf(Uni<?> call) {
        try {
            call.await().atMost(Duration.ofSeconds(10));
        } catch (RuntimeException e) {
            return e;
        }
        throw new AssertionError("the call succeeded");
    }

    private static RegistryGuard.RefusalCounter ignoredCounter() {
        return new RegistryGuard.RefusalCounter() {
            @Override
            public void circuitOpen(String registryId) {
            }

            @Override
            public void busy(String registryId) {
            }
        };
    }

    private static List<LedgerEntry> createCharges(String name) {
        return QuarkusTransaction.requiringNew().call(() -> LedgerEntry.<LedgerEntry>list("domain = ?1 and kind = ?2",
                name, ChargeKind.REGISTRY_CREATE));
    }

    private RegistryGuard guard() {
        return guards.of("generic").orElseThrow();
    }

    private SandboxRegistry generic() {
        return sandboxes.registry("generic");
    }

    private static Response check(String name) {
        return frontend().queryParam("name", name).get("/api/v1/domains/check");
    }

    private static boolean finished(Operation op) {
        return op.state == Operation.State.SUCCEEDED || op.state == Operation.State.FAILED;
    }

    private static Operation journal(long id) {
        return QuarkusTransaction.requiringNew().call(() -> Operation.<Operation>findById(id));
    }

    private static RequestSpecification frontend() {
        return given().auth().preemptive().basic("frontend", "frontend").contentType(ContentType.JSON);
    }

    private static long customer() {
        return frontend().header("Idempotency-Key", UUID.randomUUID().toString())
                .body("{\"name\":\"Dupont SARL\",\"email\":\"contact@dupont.example\"}")
                .post("/api/v1/customers").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static long contact(long customerId) {
        String json = """
                {"customerId":%d,"kind":"organization","name":"Jeanne Martin","organization":"Dupont SARL",
                 "email":"jeanne.martin@dupont.example","phone":"+33.145678900",
                 "address":{"street":["12 rue de la Paix"],"city":"Paris","postalCode":"75002","countryCode":"FR"},
                 "legalEntity":{"form":"company","siren":"732829320","vat":"FR44732829320"}}""".formatted(customerId);
        return frontend().header("Idempotency-Key", UUID.randomUUID().toString()).body(json)
                .post("/api/v1/contacts").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static String domainJson(long customerId, String name, long holder) {
        return """
                {"customerId":%d,"name":"%s","years":1,"holder":%d,"admin":%d,"tech":[%d],
                 "nameservers":["ns1.ophos.example","ns2.ophos.example"]}""".formatted(customerId, name, holder, holder,
                holder);
    }
}
