package com.ophos.registrar.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Each fault mode of {@link SandboxFaults}, and the per-type counters tests use to see what was sent. */
class FaultInjectionTest extends SandboxTestSupport {

    @BeforeEach
    void startRegistry() {
        start(generic());
    }

    @Test
    void latencyDelaysEveryAnswer() throws Exception {
        try (EppTestClient client = loggedIn(REGISTRAR, PASSWORD)) {
            registry.faults().latency(Duration.ofMillis(300));
            long started = System.nanoTime();
            assertThat(client.send(Domains.info("none.org")).code()).isEqualTo(2303);
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
        }
    }

    @Test
    void pipelinedCommandsAreAnsweredOneLatencyAfterAnotherInTheirOrder() throws Exception {
        try (EppTestClient client = loggedIn(REGISTRAR, PASSWORD)) {
            registry.faults().latency(Duration.ofMillis(150));
            X first = Domains.info("first.org");
            X second = Domains.info("second.org");
            X third = Domains.info("third.org");
            long started = System.nanoTime();
            client.write(first.bytes());
            client.write(second.bytes());
            client.write(third.bytes());
            List<String> answered = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                answered.add(client.read().text("//epp:clTRID"));
            }
            // one command at a time, as a registry works through a session: three latencies, not one
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(450));
            assertThat(answered).containsExactly(clTRID(first), clTRID(second), clTRID(third));
        }
    }

    private static String clTRID(X command) {
        return new EppReply(command.bytes()).text("//epp:clTRID");
    }

    @Test
    void closeBeforeApplyingLeavesNothingApplied() throws Exception {
        try (EppTestClient client = loggedIn(REGISTRAR, PASSWORD)) {
            registry.faults().closeBeforeApplying(FaultTrigger.next(1));
            client.write(Domains.create("lost.org", 1, "Auth-1").bytes());
            assertThat(client.closedByServer(3000)).isTrue();
        }
        assertThat(registry.domain("lost.org")).isEmpty();
        assertThat(registry.commandsReceived(EppCommandType.DOMAIN_CREATE)).isEqualTo(1);
        try (EppTestClient client = loggedIn(REGISTRAR, PASSWORD)) {
            assertThat(client.send(Domains.create("lost.org", 1, "Auth-1")).code()).isEqualTo(1000);
        }
    }

    @Test
    void closeAfterApplyingLeavesTheOutcomeUnknownToTheClient() throws Exception {
        try (EppTestClient client = loggedIn(REGISTRAR, PASSWORD)) {
            registry.faults().closeAfterApplying(FaultTrigger.next(1));
            client.write(Domains.create("applied.org", 1, "Auth-1").bytes());
            assertThat(client.closedByServer(3000)).isTrue();
        }
        assertThat(registry.domain("applied.org")).isPresent();
        assertThat(registry.commandLog()).anySatisfy(c -> {
            assertThat(c.type()).isEqualTo(EppCommandType.DOMAIN_CREATE);
            assertThat(c.resultCode()).isZero();
        });
    }

    @Test
    void failCommandsAnswers2400ForTheNextNOnly() throws Exception {
        try (EppTestClient client = loggedIn(REGISTRAR, PASSWORD)) {
            registry.faults().failCommands(FaultTrigger.next(2));
            assertThat(client.send(Domains.create("f.org", 1, "Auth-1")).code()).isEqualTo(2400);
            assertThat(client.send(Domains.create("f.org", 1, "Auth-1")).code()).isEqualTo(2400);
            assertThat(registry.domain("f.org")).isEmpty();
            assertThat(client.send(Domains.create("f.org", 1, "Auth-1")).code()).isEqualTo(1000);
        }
    }

    @Test
    void probabilityOneFailsEveryCommandAndZeroNone() throws Exception {
        try (EppTestClient client = loggedIn(REGISTRAR, PASSWORD)) {
            registry.faults().failCommands(FaultTrigger.probability(1.0, 42));
            for (int i = 0; i < 5; i++) {
                assertThat(client.send(Domains.info("p.org")).code()).isEqualTo(2400);
            }
            registry.faults().failCommands(FaultTrigger.probability(0.0, 42));
            assertThat(client.send(Domains.info("p.org")).code()).isEqualTo(2303);
        }
    }

    @Test
    void refusedLoginsAre2501AndClosed() throws Exception {
        registry.faults().refuseLogins(true);
        try (EppTestClient client = EppTestClient.connect(registry)) {
            assertThat(client.login(REGISTRAR, PASSWORD).code()).isEqualTo(2501);
            assertThat(client.closedByServer(3000)).isTrue();
        }
        registry.faults().clear();
        loggedIn(REGISTRAR, PASSWORD).close();
    }

    @Test
    void sessionLimitFaultIs2502AndClosed() throws Exception {
        registry.faults().sessionLimitReached(true);
        try (EppTestClient client = EppTestClient.connect(registry)) {
            assertThat(client.login(REGISTRAR, PASSWORD).code()).isEqualTo(2502);
            assertThat(client.closedByServer(3000)).isTrue();
        }
    }

    @Test
    void stallNeverAnswersButKeepsTheConnection() throws Exception {
        try (EppTestClient client = loggedIn(REGISTRAR, PASSWORD)) {
            registry.faults().stall(FaultTrigger.next(1));
            client.write(Domains.info("s.org").bytes());
            assertThat(client.silentFor(1000)).isTrue();
            client.write(Epp.hello().bytes());
            assertThat(client.silentFor(500)).isTrue();
        }
        assertThat(registry.commandsReceived(EppCommandType.DOMAIN_INFO)).isEqualTo(1);
    }

    @Test
    void stallAfterApplyingKeepsTheResultButNeverAnswers() throws Exception {
        try (EppTestClient client = loggedIn(REGISTRAR, PASSWORD)) {
            registry.faults().stallAfterApplying(FaultTrigger.next(1, EppCommandType.DOMAIN_CREATE));
            client.write(Domains.create("held.org", 1, "Auth-1").bytes());
            assertThat(client.silentFor(1000)).isTrue();
            assertThat(registry.domain("held.org")).isPresent();
        }
        assertThat(registry.commandLog()).filteredOn(c -> c.type() == EppCommandType.DOMAIN_CREATE)
                .extracting(LoggedCommand::resultCode).containsExactly(0);
        try (EppTestClient client = loggedIn(REGISTRAR, PASSWORD)) {
            assertThat(client.send(Domains.create("held.org", 1, "Auth-1")).code())
                    .as("the first create was applied").isEqualTo(2302);
        }
    }

    @Test
    void countersShowNoDomainCommandWasSent() throws Exception {
        try (EppTestClient client = loggedIn(REGISTRAR, PASSWORD)) {
            client.send(Epp.hello());
        }
        assertThat(registry.objectCommandsReceived()).isZero();
        assertThat(registry.commandsReceived(EppCommandType.LOGIN)).isEqualTo(1);
        assertThat(registry.commandLog()).extracting(LoggedCommand::type)
                .containsExactly(EppCommandType.LOGIN, EppCommandType.HELLO);
        assertThat(registry.commandLog().get(0).clientTransactionId()).isPresent();
    }
}
