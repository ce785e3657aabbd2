package com.ophos.registrar.epp.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.ophos.registrar.epp.ClTrid;
import com.ophos.registrar.epp.EppClient;
import com.ophos.registrar.epp.EppClientConfig;
import com.ophos.registrar.epp.EppConnectionException;
import com.ophos.registrar.epp.EppException;
import com.ophos.registrar.epp.EppFrameTooLargeException;
import com.ophos.registrar.epp.EppNotNegotiatedException;
import com.ophos.registrar.epp.EppProtocolException;
import com.ophos.registrar.epp.EppTimeoutException;
import com.ophos.registrar.epp.EppUnavailableException;
import com.ophos.registrar.epp.Negotiated;
import com.ophos.registrar.epp.TlsMaterial;
import com.ophos.registrar.epp.WireLog;
import com.ophos.registrar.epp.model.DomainCommand;
import com.ophos.registrar.epp.model.EppCommand;
import com.ophos.registrar.epp.model.EppNamespaces;
import com.ophos.registrar.epp.model.EppResponse;
import com.ophos.registrar.epp.model.FeeExtension;
import com.ophos.registrar.epp.model.PollCommand;
import com.ophos.registrar.epp.model.RgpExtension;
import com.ophos.registrar.registry.spi.Outcome;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import java.io.FileOutputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The client against a small in-test TLS EPP peer: session life, pool behaviour, hostile peers. */
@Timeout(120)
class EppClientTest {
    private static final Duration WAIT = Duration.ofSeconds(15);

    private Vertx vertx;
    private TestCertificates serverCert;
    private TestCertificates clientCert;
    private TestEppServer server;
    private final List<EppClient> clients = new ArrayList<>();

    /**
     * One full TLS session before the tests: on a cold, shared 2-core machine the first handshake can
     * block the event loop for seconds, which would delay the timers the first test measures.
     */
    @BeforeAll
    static void warmUp() throws Exception {
        EppClientTest warm = new EppClientTest();
        warm.start();
        try {
            warm.client(warm.config().withTimeouts(Duration.ofSeconds(30), Duration.ofSeconds(30),
                    Duration.ofSeconds(60))).execute(info("warm.com")).await().atMost(Duration.ofSeconds(60));
        } finally {
            warm.stop();
        }
    }

    @BeforeEach
    void start() throws Exception {
        vertx = Vertx.vertx();
        serverCert = TestCertificates.selfSigned("localhost");
        clientCert = TestCertificates.selfSigned("gw-client");
        server = new TestEppServer(vertx, serverCert, clientCert);
    }

    @AfterEach
    void stop() throws Exception {
        for (EppClient client : clients) {
            client.close().await().atMost(WAIT);
        }
        server.close();
        vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    private EppClientConfig config() {
        TlsMaterial tls = new TlsMaterial(Optional.of(new TlsMaterial.InMemoryClientKey(clientCert.keyStore,
                TestCertificates.PASSWORD)), Optional.of(new TlsMaterial.InMemoryTrust(serverCert.trustStore)),
                TlsMaterial.DEFAULT_PROTOCOLS);
        return EppClientConfig.of("test", "localhost", server.port, tls, "gw-registrar-01", "s3cr3t-Pw!",
                List.of(EppNamespaces.DOMAIN, EppNamespaces.CONTACT),
                List.of(EppNamespaces.SEC_DNS, EppNamespaces.RGP, EppNamespaces.FEE))
                .withTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(3), Duration.ofSeconds(60))
                .withBackoff(Duration.ofMillis(200), Duration.ofSeconds(2));
    }

    private EppClient client(EppClientConfig config) {
        return client(config, WireLog.off(), null);
    }

    private EppClient client(EppClientConfig config, WireLog wireLog, SimpleMeterRegistry meters) {
        EppClient client = new EppClient(config, vertx, meters, wireLog);
        clients.add(client);
        return client;
    }

    private static EppCommand info(String name) {
        return EppCommand.of(DomainCommand.Info.of(name), ClTrid.next("T"));
    }

    private static EppCommand delete(String name) {
        return EppCommand.of(new DomainCommand.Delete(name), ClTrid.next("T"));
    }

    private static Throwable failureOf(Uni<?> uni) {
        try {
            uni.await().atMost(WAIT);
        } catch (Throwable t) {
            return t;
        }
        throw new AssertionError("expected a failure");
    }

    @Test
    void logsInAnnouncingOnlyWhatTheServerOffersAndTheAdapterWants() {
        server.objectUris = List.of(EppNamespaces.DOMAIN, EppNamespaces.HOST);
        server.extensionUris = List.of(EppNamespaces.SEC_DNS, EppNamespaces.FEE_DRAFT, EppNamespaces.NAMESTORE);
        EppClient client = client(config());

        Negotiated negotiated = client.negotiated().await().atMost(WAIT);
        EppResponse response = client.execute(info("a.com")).await().atMost(WAIT);

        assertThat(response.code()).isEqualTo(1000);
        TestEppServer.Request login = server.requests("login").get(0);
        assertThat(login.texts("objURI")).containsExactly(EppNamespaces.DOMAIN);
        assertThat(login.texts("extURI")).containsExactly(EppNamespaces.SEC_DNS, EppNamespaces.FEE_DRAFT);
        assertThat(login.texts("clID")).containsExactly("gw-registrar-01");
        assertThat(negotiated.feeNamespace()).contains(EppNamespaces.FEE_DRAFT);
        assertThat(negotiated.hasExtension(EppNamespaces.RGP)).isFalse();
    }

    @Test
    void feeExtensionGoesOutInTheNegotiatedDraftNamespace() {
        server.extensionUris = List.of(EppNamespaces.FEE_DRAFT);
        EppClient client = client(config());
        client.execute(EppCommand.of(new DomainCommand.Check(List.of("a.com")), ClTrid.next("T"),
                new FeeExtension.Check(Optional.empty(), List.of(FeeExtension.CommandQuery.of("create")))))
                .await().atMost(WAIT);
        assertThat(server.requests("check").get(0).raw()).contains("xmlns:fee=\"" + EppNamespaces.FEE_DRAFT + "\"");
    }

    @Test
    void commandNeedingAnExtensionThatWasNotNegotiatedIsRefusedWithoutSending() {
        server.extensionUris = List.of(EppNamespaces.SEC_DNS);
        EppClient client = client(config());
        client.negotiated().await().atMost(WAIT);

        Throwable failure = failureOf(client.execute(EppCommand.of(DomainCommand.Update.extensionsOnly("a.com"),
                ClTrid.next("T"), new RgpExtension.RestoreRequest())));

        assertThat(failure).isInstanceOf(EppNotNegotiatedException.class);
        assertThat(((EppException) failure).outcome()).isEqualTo(Outcome.UNAVAILABLE);
        assertThat(server.requests("update")).isEmpty();
    }

    @Test
    void newPasswordIsSentAtLoginAndNeverLogged(@TempDir Path wire) throws Exception {
        EppClient client = client(config().withNewPassword("n3w-S3cret!"), new WireLog(Optional.of(wire)), null);
        client.execute(info("a.com")).await().atMost(WAIT);
        assertThat(server.requests("login").get(0).texts("newPW")).containsExactly("n3w-S3cret!");
        await().atMost(WAIT).until(() -> countFiles(wire) >= 4);
        for (Path file : listFiles(wire)) {
            String content = Files.readString(file);
            assertThat(content).doesNotContain("s3cr3t-Pw!").doesNotContain("n3w-S3cret!");
        }
    }

    @Test
    void wireLogWritesEveryFrameMaskedAndNamedAsSpecified(@TempDir Path wire) throws Exception {
        EppClient client = client(config(), new WireLog(Optional.of(wire)), null);
        client.execute(EppCommand.of(new DomainCommand.Info("a.com", "all", Optional.of("Dom-Auth-77")),
                "GW-INFO-1")).await().atMost(WAIT);
        client.close().await().atMost(WAIT);

        // greeting, login, login response, info, info response, logout, logout response
        await().atMost(WAIT).until(() -> countFiles(wire) >= 7);
        List<String> names = listFiles(wire).stream().map(p -> p.getFileName().toString()).sorted().toList();
        assertThat(names).allMatch(n -> n.matches("\\d{13}-test-s1-\\d+-(in|out)\\.xml"));
        assertThat(names).anyMatch(n -> n.endsWith("-out.xml")).anyMatch(n -> n.endsWith("-in.xml"));
        String all = String.join("\n", listFiles(wire).stream().map(EppClientTest::read).toList());
        assertThat(all).doesNotContain("s3cr3t-Pw!").doesNotContain("Dom-Auth-77")
                .contains("<pw>***</pw>").contains("<domain:pw>***</domain:pw>").contains("GW-INFO-1")
                .contains("<greeting>");
    }

    @Test
    void keepaliveSendsHelloWhenIdle() {
        EppClient client = client(config().withTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(3),
                Duration.ofMillis(300)));
        client.execute(info("a.com")).await().atMost(WAIT);
        await().atMost(WAIT).until(() -> server.requests("hello").size() >= 2);
        // Still usable, on the same connection.
        assertThat(client.execute(info("b.com")).await().atMost(WAIT).code()).isEqualTo(1000);
        assertThat(server.connections.get()).isEqualTo(1);
    }

    @Test
    void brokenSessionIsReplacedAndTheCommandInFlightIsUnknown() {
        server.script = (request, connection) -> {
            if (request.verb().equals("delete") && request.connection() == 1) {
                connection.close();
            } else {
                connection.answer(request, request.verb().equals("logout") ? 1500 : 1000);
            }
            return true;
        };
        EppClient client = client(config());

        Throwable lost = failureOf(client.execute(delete("a.com")));
        assertThat(lost).isInstanceOf(EppConnectionException.class);
        assertThat(((EppException) lost).outcome()).isEqualTo(Outcome.UNKNOWN);

        assertThat(client.execute(delete("a.com")).await().atMost(WAIT).code()).isEqualTo(1000);
        List<TestEppServer.Request> deletes = server.requests("delete");
        assertThat(deletes).hasSize(2);
        assertThat(deletes.get(1).connection()).isGreaterThan(deletes.get(0).connection());
    }

    @Test
    void sessionLimitShrinksThePoolAndBacksOff() {
        server.script = (request, connection) -> {
            if (request.verb().equals("login") && connection.number >= 2) {
                connection.answer(request, 2502);
            } else if (request.verb().equals("info")) {
                // hold the first session busy long enough for the pool to want a second one
                vertx.setTimer(600, t -> connection.answer(request, 1000));
            } else {
                connection.answer(request, request.verb().equals("logout") ? 1500 : 1000);
            }
            return true;
        };
        EppClient client = client(config().withSessions(3, 1));

        List<CompletableFuture<EppResponse>> running = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            running.add(client.execute(info("n" + i + ".com")).subscribeAsCompletionStage());
        }
        for (CompletableFuture<EppResponse> f : running) {
            assertThat(f.join().code()).isEqualTo(1000);
        }

        assertThat(client.health().effectiveMax()).isEqualTo(1);
        assertThat(client.health().max()).isEqualTo(3);
        // Refused logins were spaced by the backoff, not retried in a storm.
        assertThat(server.connections.get()).isBetween(2, 6);
        assertThat(server.requests("info")).allMatch(r -> r.connection() == 1);
    }

    @Test
    void sessionEndedByTheServerIsReturnedThenReplaced() {
        server.script = (request, connection) -> {
            boolean firstDelete = request.verb().equals("delete") && server.requests("delete").size() == 1;
            connection.answer(request, firstDelete ? 2500 : request.verb().equals("logout") ? 1500 : 1000);
            return true;
        };
        EppClient client = client(config());

        EppResponse ended = client.execute(delete("a.com")).await().atMost(WAIT);
        assertThat(ended.code()).isEqualTo(2500);
        assertThat(ended.outcome()).isEqualTo(Outcome.SESSION_ENDED);
        assertThat(ended.outcome().certainlyNotApplied()).isTrue();

        assertThat(client.execute(delete("a.com")).await().atMost(WAIT).code()).isEqualTo(1000);
        List<TestEppServer.Request> deletes = server.requests("delete");
        assertThat(deletes.get(1).connection()).isGreaterThan(deletes.get(0).connection());
    }

    @Test
    void commandAskedForWhileTheServerEndsTheSessionGoesToTheNextSession() throws Exception {
        server.script = (request, connection) -> {
            boolean firstDelete = request.verb().equals("delete") && server.requests("delete").size() == 1;
            connection.answer(request, firstDelete ? 2500 : request.verb().equals("logout") ? 1500 : 1000);
            return true;
        };
        EppClient client = client(config());
        CompletableFuture<EppResponse> next = new CompletableFuture<>();

        // Asked from the 2500's own completion, i.e. before the session has been closed: the race of the flake.
        client.execute(delete("a.com")).subscribe().with(
                ended -> client.execute(delete("b.com")).subscribe().with(next::complete, next::completeExceptionally),
                next::completeExceptionally);

        assertThat(next.get(WAIT.toMillis(), TimeUnit.MILLISECONDS).code()).isEqualTo(1000);
        List<TestEppServer.Request> deletes = server.requests("delete");
        assertThat(deletes).hasSize(2);
        assertThat(deletes.get(1).connection()).isGreaterThan(deletes.get(0).connection());
    }

    @Test
    void poolFollowsItsSessionShare_surplusSessionsLogOutAndNoneOpensAboveIt() {
        server.script = (request, connection) -> {
            if (request.verb().equals("info")) {
                // busy long enough for the pool to open every session it may
                vertx.setTimer(400, t -> connection.answer(request, 1000));
            } else {
                connection.answer(request, request.verb().equals("logout") ? 1500 : 1000);
            }
            return true;
        };
        EppClient client = client(config().withSessions(3, 1));
        runAtOnce(client, 3);
        assertThat(client.health().sessionsOpen()).isEqualTo(3);

        client.shareSessions(1);

        await().atMost(WAIT).until(() -> server.requests("logout").size() == 2);
        int connectionsBefore = server.connections.get();
        runAtOnce(client, 4);
        assertThat(server.connections.get()).isEqualTo(connectionsBefore);
        assertThat(client.health().sessionsOpen()).isEqualTo(1);
        assertThat(client.health().effectiveMax()).isEqualTo(1);

        client.shareSessions(0);
        await().atMost(WAIT).until(() -> client.health().sessionsOpen() == 0);
        assertThat(failureOf(client.execute(info("none.com")))).isInstanceOf(EppUnavailableException.class);
    }

    private static void runAtOnce(EppClient client, int commands) {
        List<CompletableFuture<EppResponse>> running = new ArrayList<>();
        for (int i = 0; i < commands; i++) {
            running.add(client.execute(info("s" + i + ".com")).subscribeAsCompletionStage());
        }
        running.forEach(f -> assertThat(f.join().code()).isEqualTo(1000));
    }

    @Test
    void commandTimeoutFailsTransformsAsUnknownAndQueriesAsUnavailable() {
        server.script = (request, connection) -> {
            if (!request.verb().equals("delete") && !request.verb().equals("info")) {
                connection.answer(request, request.verb().equals("logout") ? 1500 : 1000);
            }
            return true;
        };
        EppClient client = client(config().withTimeouts(Duration.ofSeconds(5), Duration.ofMillis(500),
                Duration.ofSeconds(60)));

        Throwable transform = failureOf(client.execute(delete("a.com")));
        assertThat(transform).isInstanceOf(EppTimeoutException.class);
        assertThat(((EppException) transform).outcome()).isEqualTo(Outcome.UNKNOWN);

        Throwable query = failureOf(client.execute(info("a.com")));
        assertThat(query).isInstanceOf(EppTimeoutException.class);
        assertThat(((EppException) query).outcome()).isEqualTo(Outcome.UNAVAILABLE);
    }

    @Test
    void slowlorisPeerTriggersTheCommandTimeout() {
        server.script = (request, connection) -> {
            if (request.verb().equals("info")) {
                Buffer frame = com.ophos.registrar.epp.transport.FrameDecoder.encode(
                        TestEppServer.response(request.clTRID(), 1000).getBytes(StandardCharsets.UTF_8));
                int[] next = {0};
                vertx.setPeriodic(100, id -> {
                    if (next[0] >= frame.length() || connection.socket.writeQueueFull()) {
                        vertx.cancelTimer(id);
                        return;
                    }
                    connection.sendRaw(frame.getBuffer(next[0], next[0] + 1));
                    next[0]++;
                });
            } else {
                connection.answer(request, request.verb().equals("logout") ? 1500 : 1000);
            }
            return true;
        };
        EppClient client = client(config().withTimeouts(Duration.ofSeconds(5), Duration.ofMillis(800),
                Duration.ofSeconds(60)));
        long start = System.nanoTime();
        assertThat(failureOf(client.execute(info("a.com")))).isInstanceOf(EppTimeoutException.class);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void wrongOrMissingClTridEchoIsAProtocolError() {
        server.script = (request, connection) -> {
            if (request.verb().equals("info") && request.texts("name").contains("wrong.com")) {
                connection.send(TestEppServer.response("SOMEONE-ELSE-1", 1000));
            } else if (request.verb().equals("info") && request.texts("name").contains("missing.com")) {
                connection.send(TestEppServer.response(null, 1000));
            } else {
                connection.answer(request, request.verb().equals("logout") ? 1500 : 1000);
            }
            return true;
        };
        EppClient client = client(config());
        assertThat(failureOf(client.execute(info("wrong.com")))).isInstanceOf(EppProtocolException.class)
                .hasMessageContaining("SOMEONE-ELSE-1");
        assertThat(failureOf(client.execute(info("missing.com")))).isInstanceOf(EppProtocolException.class)
                .hasMessageContaining("clTRID");
        // the pool recovers with a new session
        assertThat(client.execute(info("fine.com")).await().atMost(WAIT).code()).isEqualTo(1000);
    }

    @Test
    void oversizedFrameFromThePeerClosesTheSessionWithATypedError() {
        server.script = (request, connection) -> {
            if (request.verb().equals("info")) {
                connection.sendRaw(Buffer.buffer().appendUnsignedInt(50_000_000L).appendString("<epp"));
            } else {
                connection.answer(request, request.verb().equals("logout") ? 1500 : 1000);
            }
            return true;
        };
        EppClient client = client(config().withLimits(64 * 1024, 100));
        Throwable failure = failureOf(client.execute(info("a.com")));
        assertThat(failure).isInstanceOf(EppProtocolException.class);
        assertThat(failure.getCause()).isInstanceOf(EppFrameTooLargeException.class);
    }

    /** Answers a registry might send to break its client: each must fail the one command, typed. */
    static Stream<Arguments> hostileAnswers() {
        String epp = "<epp xmlns=\"urn:ietf:params:xml:ns:epp-1.0\">";
        return Stream.of(
                Arguments.of("malformed XML", epp + "<response><result code=\"1000\">"),
                Arguments.of("not XML at all", "HTTP/1.1 200 OK\r\n\r\n<html>"),
                Arguments.of("empty frame", ""),
                Arguments.of("XXE to a local file", "<?xml version=\"1.0\"?><!DOCTYPE epp [<!ENTITY x SYSTEM "
                        + "\"file:///etc/passwd\">]>" + epp + "<response><result code=\"1000\"><msg>&x;</msg></result>"
                        + "</response></epp>"),
                Arguments.of("XXE to a network address", "<?xml version=\"1.0\"?><!DOCTYPE epp [<!ENTITY x SYSTEM "
                        + "\"http://127.0.0.1:9/x\">]>" + epp + "<response><result code=\"1000\"><msg>&x;</msg>"
                        + "</result></response></epp>"),
                Arguments.of("billion laughs", "<?xml version=\"1.0\"?><!DOCTYPE epp [<!ENTITY a \"lol\">"
                        + "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">"
                        + "<!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\"><!ENTITY e \"&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;\">"
                        + "<!ENTITY f \"&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;\"><!ENTITY g \"&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;\">]>"
                        + epp + "<response><result code=\"1000\"><msg>&g;</msg></result></response></epp>"),
                Arguments.of("undeclared entity", epp + "<response><result code=\"1000\"><msg>&nope;</msg></result>"
                        + "</response></epp>"),
                Arguments.of("wrong root element", "<html xmlns=\"urn:ietf:params:xml:ns:epp-1.0\"/>"),
                Arguments.of("result code that is not a number", epp + "<response><result code=\"OK\"><msg>x</msg>"
                        + "</result></response></epp>"),
                Arguments.of("nesting 10,000 deep", epp + "<response>" + "<x>".repeat(10_000) + "</x>".repeat(10_000)
                        + "</response></epp>"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileAnswers")
    @Timeout(30)
    void hostileAnswerFailsTheCommandTypedAndThePoolRecovers(String description, String answer) {
        server.script = (request, connection) -> {
            if (request.verb().equals("info") && request.texts("name").contains("hostile.com")) {
                connection.sendRaw(com.ophos.registrar.epp.transport.FrameDecoder.encode(
                        answer.getBytes(StandardCharsets.UTF_8)));
            } else {
                connection.answer(request, request.verb().equals("logout") ? 1500 : 1000);
            }
            return true;
        };
        EppClient client = client(config());
        long start = System.nanoTime();

        Throwable failure = failureOf(client.execute(info("hostile.com")));

        assertThat(failure).as(description).isInstanceOf(EppException.class)
                .isNotInstanceOf(EppTimeoutException.class);
        // typed without waiting for the command timeout: the answer itself is refused
        assertThat(Duration.ofNanos(System.nanoTime() - start)).as(description).isLessThan(Duration.ofSeconds(3));
        assertThat(client.execute(info("fine.com")).await().atMost(WAIT).code()).as(description).isEqualTo(1000);
    }

    @Test
    void slowlorisTransformIsAnUnknownOutcomeWithinTheCommandTimeout() {
        server.script = (request, connection) -> {
            if (request.verb().equals("delete")) {
                // a frame header announcing 1 MiB, then one byte every 100 ms: never complete
                connection.sendRaw(Buffer.buffer().appendUnsignedInt(1024 * 1024));
                vertx.setPeriodic(100, id -> {
                    if (connection.socket.writeQueueFull()) {
                        vertx.cancelTimer(id);
                        return;
                    }
                    connection.sendRaw(Buffer.buffer("<"));
                });
            } else {
                connection.answer(request, request.verb().equals("logout") ? 1500 : 1000);
            }
            return true;
        };
        EppClient client = client(config().withTimeouts(Duration.ofSeconds(5), Duration.ofMillis(800),
                Duration.ofSeconds(60)));
        long start = System.nanoTime();

        Throwable failure = failureOf(client.execute(delete("a.com")));

        assertThat(failure).isInstanceOf(EppTimeoutException.class);
        assertThat(((EppException) failure).outcome()).isEqualTo(Outcome.UNKNOWN);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
        assertThat(client.execute(info("fine.com")).await().atMost(WAIT).code()).isEqualTo(1000);
    }

    @Test
    void truncatedFrameThenCloseIsAConnectionError() {
        server.script = (request, connection) -> {
            if (request.verb().equals("delete")) {
                Buffer frame = com.ophos.registrar.epp.transport.FrameDecoder.encode(
                        TestEppServer.response(request.clTRID(), 1000).getBytes(StandardCharsets.UTF_8));
                connection.sendRaw(frame.getBuffer(0, frame.length() / 2));
                vertx.setTimer(50, t -> connection.close());
            } else {
                connection.answer(request, request.verb().equals("logout") ? 1500 : 1000);
            }
            return true;
        };
        EppClient client = client(config());
        Throwable failure = failureOf(client.execute(delete("a.com")));
        assertThat(failure).isInstanceOf(EppConnectionException.class).hasMessageContaining("middle of a frame");
        assertThat(((EppException) failure).outcome()).isEqualTo(Outcome.UNKNOWN);
    }

    @Test
    void pipeliningKeepsTheWindowFullButNeverOverfull() {
        List<Runnable> held = new CopyOnWriteArrayList<>();
        server.script = (request, connection) -> {
            if (request.verb().equals("info")) {
                // answer in batches, so that the client must keep the window full to progress
                held.add(() -> connection.answer(request, 1000));
                if (held.size() == 3) {
                    List<Runnable> batch = new ArrayList<>(held);
                    held.clear();
                    vertx.setTimer(50, t -> batch.forEach(Runnable::run));
                }
            } else {
                connection.answer(request, request.verb().equals("logout") ? 1500 : 1000);
            }
            return true;
        };
        EppClient client = client(config().withSessions(1, 3));
        List<CompletableFuture<EppResponse>> running = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            running.add(client.execute(info("n" + i + ".com")).subscribeAsCompletionStage());
        }
        running.forEach(f -> assertThat(f.join().code()).isEqualTo(1000));
        assertThat(server.maxOutstanding.get()).isEqualTo(3);
        assertThat(server.connections.get()).isEqualTo(1);
    }

    /**
     * Timers are per session and per pool, not per command: a timer set and cancelled for every command
     * (queue wait, command timeout, keepalive re-arm) was a measurable part of the client's CPU per check.
     */
    @Test
    void commandsDoNotEachSetATimer() {
        AtomicInteger timersSet = new AtomicInteger();
        Vertx counting = (Vertx) Proxy.newProxyInstance(Vertx.class.getClassLoader(), new Class<?>[] {Vertx.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("setTimer")) {
                        timersSet.incrementAndGet();
                    }
                    try {
                        return method.invoke(vertx, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        EppClient client = new EppClient(config().withSessions(1, 1), counting, null, WireLog.off());
        clients.add(client);
        assertThat(client.execute(info("first.com")).await().atMost(WAIT).code()).isEqualTo(1000);
        int afterLogin = timersSet.get();

        List<CompletableFuture<EppResponse>> running = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            running.add(client.execute(info("t" + i + ".com")).subscribeAsCompletionStage());
        }
        running.forEach(f -> assertThat(f.join().code()).isEqualTo(1000));

        // 40 commands, 39 of them queued: at most the queue timer and a re-armed deadline or keepalive timer
        assertThat(timersSet.get() - afterLogin).isLessThanOrEqualTo(4);
    }

    @Test
    void waitingCommandsAreServedInArrivalOrder() {
        EppClient client = client(config().withSessions(1, 1));
        List<CompletableFuture<EppResponse>> running = new ArrayList<>();
        List<String> sent = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            EppCommand command = info("q" + i + ".com");
            sent.add(command.clTRID());
            running.add(client.execute(command).subscribeAsCompletionStage());
        }
        running.forEach(f -> assertThat(f.join().code()).isEqualTo(1000));
        assertThat(server.requests("info").stream().map(TestEppServer.Request::clTRID).toList())
                .containsExactlyElementsOf(sent);
    }

    @Test
    void boundedQueueRefusesWhenFull() {
        server.script = (request, connection) -> {
            if (request.verb().equals("info")) {
                vertx.setTimer(500, t -> connection.answer(request, 1000));
            } else {
                connection.answer(request, request.verb().equals("logout") ? 1500 : 1000);
            }
            return true;
        };
        EppClient client = client(config().withSessions(1, 1).withLimits(1 << 20, 2));
        List<CompletableFuture<EppResponse>> accepted = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            accepted.add(client.execute(info("q" + i + ".com")).subscribeAsCompletionStage());
        }
        Throwable refused = failureOf(client.execute(info("overflow.com")));
        assertThat(refused).isInstanceOf(EppUnavailableException.class).hasMessageContaining("full");
        accepted.forEach(f -> assertThat(f.join().code()).isEqualTo(1000));
    }

    @Test
    void closeLogsOutEverySession() {
        EppClient client = client(config().withSessions(2, 1));
        server.script = (request, connection) -> {
            if (request.verb().equals("info")) {
                vertx.setTimer(200, t -> connection.answer(request, 1000));
            } else {
                connection.answer(request, request.verb().equals("logout") ? 1500 : 1000);
            }
            return true;
        };
        List<CompletableFuture<EppResponse>> running = Stream.of("a.com", "b.com")
                .map(n -> client.execute(info(n)).subscribeAsCompletionStage()).toList();
        running.forEach(CompletableFuture::join);
        assertThat(server.connections.get()).isEqualTo(2);

        client.close().await().atMost(WAIT);

        assertThat(server.requests("logout")).hasSize(2);
        await().atMost(WAIT).until(() -> server.openConnections.get() == 0);
        assertThat(failureOf(client.execute(info("late.com")))).isInstanceOf(EppUnavailableException.class);
    }

    @Test
    void loginRefusedIsReportedAsUnavailable() {
        server.script = (request, connection) -> {
            connection.answer(request, request.verb().equals("login") ? 2200 : 1000);
            return true;
        };
        EppClient client = client(config().withTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(1),
                Duration.ofSeconds(60)));
        Throwable failure = failureOf(client.execute(info("a.com")));
        assertThat(failure).isInstanceOf(EppUnavailableException.class).hasMessageContaining("2200");
        assertThat(failure.getMessage()).doesNotContain("s3cr3t-Pw!");
        assertThat(((EppException) failure).outcome()).isEqualTo(Outcome.UNAVAILABLE);
        assertThat(client.health().up()).isFalse();
    }

    @Test
    void untrustedServerCertificateIsRefused() throws Exception {
        TestCertificates stranger = TestCertificates.selfSigned("localhost");
        EppClientConfig config = config();
        TlsMaterial wrongTrust = new TlsMaterial(config.tls().clientKey(),
                Optional.of(new TlsMaterial.InMemoryTrust(stranger.trustStore)), TlsMaterial.DEFAULT_PROTOCOLS);
        EppClient client = client(new EppClientConfig(config.registryId(), config.host(), config.port(), wrongTrust,
                config.clientId(), config.password(), Optional.empty(), "en", config.objectUris(),
                config.extensionUris(), 1, Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofSeconds(60), 1,
                1 << 20, Duration.ofMillis(200), Duration.ofSeconds(1), 10));
        Throwable failure = failureOf(client.execute(info("a.com")));
        assertThat(failure).isInstanceOf(EppUnavailableException.class);
        assertThat(server.requests).isEmpty();
    }

    @Test
    void clientKeyFromPkcs12FileAndTrustFromPkcs12File(@TempDir Path dir) throws Exception {
        Path key = dir.resolve("client.p12");
        Path trust = dir.resolve("trust.p12");
        try (FileOutputStream out = new FileOutputStream(key.toFile())) {
            clientCert.keyStore.store(out, TestCertificates.PASSWORD.toCharArray());
        }
        try (FileOutputStream out = new FileOutputStream(trust.toFile())) {
            serverCert.trustStore.store(out, TestCertificates.PASSWORD.toCharArray());
        }
        EppClientConfig config = config();
        TlsMaterial files = new TlsMaterial(
                Optional.of(TlsMaterial.clientKeyFromConfig(key.toString(), Optional.of(TestCertificates.PASSWORD))),
                Optional.of(TlsMaterial.trustFromConfig(trust.toString(), Optional.of(TestCertificates.PASSWORD))),
                List.of("TLSv1.3"));
        EppClient client = client(new EppClientConfig(config.registryId(), config.host(), config.port(), files,
                config.clientId(), config.password(), Optional.empty(), "en", config.objectUris(),
                config.extensionUris(), 1, Duration.ofSeconds(5), Duration.ofSeconds(3), Duration.ofSeconds(60), 1,
                1 << 20, Duration.ofMillis(200), Duration.ofSeconds(1), 10));
        assertThat(client.execute(info("a.com")).await().atMost(WAIT).code()).isEqualTo(1000);
    }

    @Test
    void metricsAndHealth() {
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        server.script = (request, connection) -> {
            connection.answer(request, request.verb().equals("delete") ? 2303
                    : request.verb().equals("logout") ? 1500 : 1000);
            return true;
        };
        EppClient client = client(config(), WireLog.off(), meters);
        client.execute(info("a.com")).await().atMost(WAIT);
        EppResponse refused = client.execute(delete("gone.com")).await().atMost(WAIT);
        assertThat(refused.outcome()).isEqualTo(Outcome.OBJECT_DOES_NOT_EXIST);

        assertThat(meters.get("epp_commands_total").tags("registry", "test", "command", "domain:info", "code", "1000")
                .counter().count()).isEqualTo(1.0);
        assertThat(meters.get("epp_commands_total").tags("command", "domain:delete", "code", "2303")
                .counter().count()).isEqualTo(1.0);
        assertThat(meters.get("epp_command_seconds").tags("command", "domain:info").timer().count()).isEqualTo(1);
        assertThat(meters.get("epp_sessions_open").tags("registry", "test").gauge().value()).isEqualTo(1.0);
        assertThat(meters.get("epp_sessions_busy").gauge().value()).isEqualTo(0.0);
        assertThat(client.health().up()).isTrue();
        assertThat(client.health().sessionsOpen()).isEqualTo(1);
    }

    @Test
    void pollRequestWorks() {
        EppClient client = client(config());
        EppResponse response = client.execute(EppCommand.of(new PollCommand.Request(), ClTrid.next("P")))
                .await().atMost(WAIT);
        assertThat(response.code()).isEqualTo(1000);
        assertThat(server.requests("poll")).hasSize(1);
    }

    private static long countFiles(Path dir) throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.count();
        }
    }

    private static List<Path> listFiles(Path dir) throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.toList();
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
