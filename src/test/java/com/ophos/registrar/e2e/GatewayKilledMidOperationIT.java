package com.ophos.registrar.e2e;

import static com.ophos.registrar.e2e.Gateway.domainJson;
import static com.ophos.registrar.e2e.Gateway.newKey;
import static com.ophos.registrar.e2e.Gateway.organizationJson;
import static com.ophos.registrar.e2e.Gateway.personJson;
import static com.ophos.registrar.e2e.Gateway.uniqueLabel;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.equalTo;

import com.ophos.registrar.sandbox.DomainSnapshot;
import com.ophos.registrar.sandbox.EppCommandType;
import com.ophos.registrar.sandbox.FaultTrigger;
import com.ophos.registrar.sandbox.LoggedCommand;
import com.ophos.registrar.sandbox.SandboxCertificates;
import com.ophos.registrar.sandbox.SandboxFlavour;
import com.ophos.registrar.sandbox.SandboxRegistry;
import com.ophos.registrar.sandbox.SandboxSettings;
import com.ophos.registrar.sandbox.Tariff;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import io.vertx.core.Vertx;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * Issue 5, "gateway killed mid-operation and restarted": the packaged gateway runs as its own process on a
 * file database and talks EPP over TLS to a Verisign sandbox living in this JVM. The sandbox applies the
 * domain create (or renew) and keeps the answer back; the gateway is killed with SIGKILL while its journal
 * says the command is running, then started again on the same database. The restart must reconcile by info
 * before any resend: the operation succeeds, the registry applied one command, the customer pays once.
 */
class GatewayKilledMidOperationIT {
    private static final String CLIENT_ID = "ophos-vrsn";
    private static final String CURRENCY = "USD";
    private static final BigDecimal COM_PRICE = new BigDecimal("10.26");

    /** Under target/, not a JUnit temp dir: the log must outlive the test for the failure report and CI. */
    private static final Path WORK = Path.of("target", "gateway-killed-it");

    private Path work;
    private String frontendPassword;
    private Vertx vertx;
    private SandboxRegistry verisign;
    private GatewayProcess gateway;

    /** A failed run shows what the gateway said, across both of its lives. */
    @RegisterExtension
    final TestWatcher showGatewayLogOnFailure = new TestWatcher() {
        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
            System.err.println("==== gateway log (" + context.getDisplayName() + ") ====");
            System.err.println(gateway == null ? "(gateway never configured)" : gateway.log());
            System.err.println("==== sandbox command log ====");
            if (verisign != null) {
                verisign.commandLog().forEach(System.err::println);
            }
        }
    };

    @BeforeEach
    void startRegistryAndGateway() throws Exception {
        work = freshDirectory(WORK);
        String password = "Vrsn-" + newKey();
        frontendPassword = randomSecret();
        vertx = Vertx.vertx();
        SandboxCertificates certificates = SandboxCertificates.generate();
        verisign = SandboxRegistry.start(vertx, SandboxSettings.builder(SandboxFlavour.of("verisign"), "com", "net")
                .account(CLIENT_ID, password)
                .tariff("com", new Tariff(CURRENCY, COM_PRICE, COM_PRICE, COM_PRICE, new BigDecimal("40.00")))
                .maxSessionsPerClient(6)
                .host("127.0.0.1")
                .port(0)
                .build(), certificates);
        SandboxCertificates.StoreFiles stores = certificates.written(work.resolve("tls"));

        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("quarkus.datasource.jdbc.url", "jdbc:h2:file:" + work.resolve("db").resolve("registrar")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
        properties.put("registrar.registries.verisign.sandbox", "false");
        properties.put("registrar.registries.verisign.host", verisign.host());
        properties.put("registrar.registries.verisign.port", Integer.toString(verisign.port()));
        properties.put("registrar.registries.verisign.client-id", CLIENT_ID);
        properties.put("registrar.registries.verisign.tls.key-store", stores.clientKeyStore().toString());
        properties.put("registrar.registries.verisign.tls.trust-store", stores.trustStore().toString());
        // The killed instance keeps its session leases until they expire; short leases keep the wait short.
        properties.put("registrar.session-leases.heartbeat", "PT2S");
        properties.put("registrar.session-leases.ttl", "PT6S");
        // Secrets go through the environment: a command line is visible to every user of the machine. The
        // prod profile refuses to start with the development users or secrets key.
        Map<String, String> environment = Map.of(
                "REGISTRAR_REGISTRIES_VERISIGN_PASSWORD", password,
                "REGISTRAR_REGISTRIES_VERISIGN_TLS_KEY_STORE_PASSWORD", stores.password(),
                "REGISTRAR_REGISTRIES_VERISIGN_TLS_TRUST_STORE_PASSWORD", stores.password(),
                "QUARKUS_SECURITY_USERS_EMBEDDED_USERS_FRONTEND", frontendPassword,
                "QUARKUS_SECURITY_USERS_EMBEDDED_USERS_SUPPORT", randomSecret(),
                "QUARKUS_SECURITY_USERS_EMBEDDED_USERS_SCHEDULER", randomSecret(),
                "REGISTRAR_SECRETS_KEY", randomSecret());
        Path jar = Path.of(System.getProperty("gateway.jar", "target/registrar-gateway.jar"));
        gateway = new GatewayProcess(jar, GatewayProcess.freePort(), properties, environment,
                work.resolve("gateway.log"));
        RestAssured.baseURI = "http://127.0.0.1";
        RestAssured.port = gateway.httpPort();
        gateway.start();
    }

    @AfterEach
    void stopEverything() throws Exception {
        if (gateway != null) {
            gateway.stop();
        }
        if (verisign != null) {
            verisign.close();
        }
        if (vertx != null) {
            vertx.close().toCompletionStage().toCompletableFuture().get();
        }
        RestAssured.reset();
    }

    @Test
    void createAppliedThenGatewayKilled_restartReconcilesByInfo_oneObjectOneCreateOneCharge() {
        long customer = customer();
        long holder = contact(organizationJson(customer));
        long tech = contact(personJson(customer));
        String name = uniqueLabel() + ".com";
        verisign.faults().stallAfterApplying(FaultTrigger.next(1, EppCommandType.DOMAIN_CREATE));

        long operation = asFrontend().header("Idempotency-Key", newKey())
                .body(domainJson(customer, name, holder, holder, tech)).post("/api/v1/domains")
                .then().statusCode(anyOf(equalTo(201), equalTo(202))).extract().jsonPath().getLong("id");
        String clTRID = awaitInFlight(customer, operation, EppCommandType.DOMAIN_CREATE);
        assertThat(verisign.domain(name)).as("the registry applied the create before the kill").isPresent();

        int restartedAt = killAndRestart();
        JsonPath done = awaitReconciled(customer, operation);

        assertThat(done.getString("clTRID")).isEqualTo(clTRID);
        assertThat(commandsSince(restartedAt)).extracting(LoggedCommand::type)
                .as("reconciled by info, nothing resent").contains(EppCommandType.DOMAIN_INFO)
                .doesNotContain(EppCommandType.DOMAIN_CREATE);
        assertThat(received(EppCommandType.DOMAIN_CREATE)).as("exactly one create reached the registry")
                .extracting(LoggedCommand::clientTransactionId).containsExactly(Optional.of(clTRID));
        DomainSnapshot held = verisign.domain(name).orElseThrow();
        assertThat(held.sponsorClientId()).isEqualTo(CLIENT_ID);
        assertThat(expiryShownByApi(customer, name)).isEqualTo(held.expires().truncatedTo(ChronoUnit.MILLIS));
        asFrontend().queryParam("customer", customer).get("/api/v1/domains").then().statusCode(200)
                .body("total", equalTo(1));
        JsonPath charges = charges(customer, "REGISTRY_CREATE");
        assertThat(charges.getLong("total")).as("one charge for one registration").isEqualTo(1);
        assertThat(charges.getString("entries[0].domain")).isEqualTo(name);
        assertThat(charges.getString("entries[0].amount")).isEqualTo(COM_PRICE.toPlainString());
        assertThat(charges.getString("entries[0].currency")).isEqualTo(CURRENCY);
    }

    @Test
    void renewalAppliedThenGatewayKilled_restartReconcilesByInfo_oneRenewalOneCharge() {
        long customer = customer();
        long holder = contact(organizationJson(customer));
        String name = uniqueLabel() + ".com";
        long registration = asFrontend().header("Idempotency-Key", newKey())
                .body(domainJson(customer, name, holder, holder, holder)).post("/api/v1/domains")
                .then().statusCode(anyOf(equalTo(201), equalTo(202))).extract().jsonPath().getLong("id");
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(
                () -> operation(customer, registration), op -> "succeeded".equals(op.getString("state")));
        Instant expiryBefore = verisign.domain(name).orElseThrow().expires();
        verisign.faults().stallAfterApplying(FaultTrigger.next(1, EppCommandType.DOMAIN_RENEW));

        long operation = asFrontendFor(customer).header("Idempotency-Key", newKey()).body("{\"years\":1}")
                .post("/api/v1/domains/" + name + "/renewals")
                .then().statusCode(anyOf(equalTo(201), equalTo(202))).extract().jsonPath().getLong("id");
        String clTRID = awaitInFlight(customer, operation, EppCommandType.DOMAIN_RENEW);
        assertThat(verisign.domain(name).orElseThrow().expires()).as("the registry renewed before the kill")
                .isAfter(expiryBefore);

        int restartedAt = killAndRestart();
        awaitReconciled(customer, operation);

        assertThat(commandsSince(restartedAt)).extracting(LoggedCommand::type)
                .as("reconciled by info, nothing resent").contains(EppCommandType.DOMAIN_INFO)
                .doesNotContain(EppCommandType.DOMAIN_RENEW);
        assertThat(received(EppCommandType.DOMAIN_RENEW)).as("exactly one renewal reached the registry")
                .extracting(LoggedCommand::clientTransactionId).containsExactly(Optional.of(clTRID));
        Instant expiryAfter = verisign.domain(name).orElseThrow().expires();
        assertThat(expiryAfter).as("renewed by one year, once")
                .isEqualTo(expiryBefore.atZone(ZoneOffset.UTC).plusYears(1).toInstant());
        assertThat(expiryShownByApi(customer, name)).isEqualTo(expiryAfter.truncatedTo(ChronoUnit.MILLIS));
        assertThat(charges(customer, "REGISTRY_RENEW").getLong("total")).as("one charge for one renewal")
                .isEqualTo(1);
        assertThat(charges(customer, "REGISTRY_CREATE").getLong("total")).isEqualTo(1);
    }

    /**
     * Waits until the journal says the operation is running and the registry has received its command
     * (applied, answer held back); returns the command's clTRID.
     */
    private String awaitInFlight(long customer, long operation, EppCommandType command) {
        return await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(
                () -> operation(customer, operation), op -> "running".equals(op.getString("state"))
                        && received(command).stream().anyMatch(c -> c.clientTransactionId().equals(
                                Optional.ofNullable(op.getString("clTRID")))))
                .getString("clTRID");
    }

    /** SIGKILL, then a new gateway on the same database; returns where the registry's log stood in between. */
    private int killAndRestart() {
        gateway.kill();
        assertThat(gateway.isAlive()).isFalse();
        verisign.faults().clear();
        int commandsBeforeRestart = verisign.commandLog().size();
        gateway.start();
        return commandsBeforeRestart;
    }

    private List<LoggedCommand> commandsSince(int position) {
        List<LoggedCommand> log = verisign.commandLog();
        return log.subList(position, log.size());
    }

    private JsonPath awaitReconciled(long customer, long operation) {
        JsonPath done = await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(200)).until(
                () -> operation(customer, operation), op -> "succeeded".equals(op.getString("state")));
        assertThat(done.getString("result.message")).as("settled by the restart's reconciliation")
                .startsWith("reconciled");
        return done;
    }

    private Instant expiryShownByApi(long customer, String name) {
        String expiresAt = asFrontendFor(customer).get("/api/v1/domains/" + name).then().statusCode(200)
                .body("registry", equalTo("verisign")).extract().jsonPath().getString("expiresAt");
        return Instant.parse(expiresAt).truncatedTo(ChronoUnit.MILLIS);
    }

    private JsonPath charges(long customer, String kind) {
        return asFrontend().queryParam("kind", kind).get("/api/v1/customers/" + customer + "/ledger")
                .then().statusCode(200).extract().jsonPath();
    }

    private RequestSpecification asFrontend() {
        return given().auth().preemptive().basic("frontend", frontendPassword).contentType(ContentType.JSON);
    }

    /** R23: the frontend names the customer it acts for. */
    private RequestSpecification asFrontendFor(long customerId) {
        return asFrontend().header("X-Customer-Id", customerId);
    }

    private long customer() {
        return asFrontend().header("Idempotency-Key", newKey())
                .body("{\"name\":\"Dupont SARL\",\"email\":\"contact@dupont.example\"}")
                .post("/api/v1/customers").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private long contact(String json) {
        return asFrontend().header("Idempotency-Key", newKey()).body(json)
                .post("/api/v1/contacts").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private JsonPath operation(long customer, long operation) {
        return asFrontendFor(customer).get("/api/v1/operations/" + operation).then().statusCode(200)
                .extract().jsonPath();
    }

    /** 256 random bits, Base64: a password or an AES-256 key. */
    private static String randomSecret() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }

    private static Path freshDirectory(Path directory) throws IOException {
        if (Files.exists(directory)) {
            try (Stream<Path> files = Files.walk(directory)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
        return Files.createDirectories(directory).toAbsolutePath();
    }

    private List<LoggedCommand> received(EppCommandType type) {
        return verisign.commandLog().stream().filter(c -> c.type() == type).toList();
    }
}
