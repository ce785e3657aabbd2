package com.ophos.registrar.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import com.ophos.registrar.sandbox.EppCommandType;
import com.ophos.registrar.sandbox.SandboxRegistries;
import com.ophos.registrar.sandbox.SandboxRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The renewal run over {@code bench.domains} (10,000) due names at the Verisign sandbox over EPP/TLS,
 * with {@code bench.latency-ms} (20) added to every answer and 4 sessions: time of the run against
 * its floor, the EPP commands it sent × latency ÷ sessions. {@code bench.pipelining} (1) sets the commands
 * in flight per session; the sandbox answers a session's commands one latency after another, so the floor
 * holds at any window. Not part of the unit suite: compiled
 * only with {@code -Pbench}; see BENCHMARKS.md for the command. Writes target/renewal-run-bench.txt.
 */
@QuarkusTest
@TestProfile(RenewalRunBenchmark.Setup.class)
class RenewalRunBenchmark {
    private static final String REGISTRY = "verisign";
    private static final int SESSIONS = 4;

    public static class Setup implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "registrar.registries.verisign.sessions.max", String.valueOf(SESSIONS),
                    "registrar.registries.verisign.sessions.pipelining", System.getProperty("bench.pipelining", "1"),
                    "registrar.runs.items-per-session", System.getProperty("bench.items-per-session", "4"),
                    "registrar.operations.resume-at-startup", "false",
                    "quarkus.datasource.jdbc.acquisition-timeout", "PT60S",
                    "quarkus.log.category.\"com.ophos\".level", "WARN");
        }

        @Override
        public Set<Class<?>> getEnabledAlternatives() {
            return Set.of(TestClock.class);
        }
    }

    @Inject
    SandboxDueRenewals dueRenewals;

    @Inject
    RunLauncher launcher;

    @Inject
    TestClock clock;

    @Inject
    SandboxRegistries sandboxes;

    @Inject
    RegistryLanes lanes;

    @Test
    void renewalRunOverTenThousandDueNames() throws IOException, InterruptedException {
        int domains = Integer.getInteger("bench.domains", 10_000);
        Duration latency = Duration.ofMillis(Long.getLong("bench.latency-ms", 20));
        Instant activated = Instant.parse("2026-06-01T10:00:00Z");
        long setupStarted = System.nanoTime();
        List<SandboxDueRenewals.Due> due = dueRenewals.create(REGISTRY, "bench", domains, activated);
        Duration setup = Duration.ofNanos(System.nanoTime() - setupStarted);
        SandboxRegistry sandbox = sandboxes.registry(REGISTRY);
        Map<EppCommandType, Long> before = sandbox.commandCounts();
        long objectCommandsBefore = sandbox.objectCommandsReceived();
        sandbox.faults().latency(latency);
        clock.set(Instant.parse("2027-05-31T22:00:00Z"));

        long cpuBefore = processCpuNanos();
        long started = System.nanoTime();
        FirstCommand firstCommand = FirstCommand.watch(sandbox, objectCommandsBefore);
        JobRun run = launcher.runNow(RunKind.RENEWAL, JobRun.Trigger.SCHEDULE, "scheduler");
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        Duration cpu = Duration.ofNanos(processCpuNanos() - cpuBefore);
        Duration beforeFirstCommand = firstCommand.stop(started);
        sandbox.faults().clear();

        Map<EppCommandType, Long> after = sandbox.commandCounts();
        long renews = delta(before, after, EppCommandType.DOMAIN_RENEW);
        long infos = delta(before, after, EppCommandType.DOMAIN_INFO);
        long commands = sandbox.objectCommandsReceived() - objectCommandsBefore;
        Duration floor = latency.multipliedBy(commands).dividedBy(SESSIONS);
        String report = String.format(
                "renewal run: %d due names, %d done, %d failed, %d skipped; EPP object commands %d (renew %d, info %d)%n"
                        + "latency %d ms, %d sessions, pipelining %s, items in flight %d%n"
                        + "time %.1f s, floor %.1f s (commands x latency / sessions), ratio %.3f;"
                        + " %.1f s of it before the first EPP command%n"
                        + "test-JVM CPU during the run %.1f s (%.2f ms per due name; gateway, sandbox and H2 share it)%n"
                        + "setup (creates at the sandbox + contracts) %.1f s; load average %.1f; %s UTC%n",
                due.size(), run.done, run.failed, run.skipped, commands, renews, infos, latency.toMillis(), SESSIONS,
                System.getProperty("bench.pipelining", "1"), lanes.width(REGISTRY), took.toMillis() / 1000.0,
                floor.toMillis() / 1000.0, (double) took.toMillis() / floor.toMillis(),
                beforeFirstCommand.toMillis() / 1000.0, cpu.toMillis() / 1000.0, cpu.toNanos() / 1e6 / due.size(),
                setup.toMillis() / 1000.0,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), Instant.now());
        System.out.println(report);
        Files.writeString(Path.of("target", "renewal-run-bench.txt"), report);
        assertThat(run.done).isEqualTo(due.size());
        assertThat(renews).isEqualTo(due.size());
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** When the sandbox received the run's first object command, polled every millisecond. */
    private static final class FirstCommand {
        private final Thread poller;
        private volatile long seenAtNanos;

        private FirstCommand(SandboxRegistry sandbox, long before) {
            poller = new Thread(() -> {
                while (sandbox.objectCommandsReceived() == before) {
                    try {
                        Thread.sleep(1);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
                seenAtNanos = System.nanoTime();
            }, "first-command");
            poller.setDaemon(true);
        }

        static FirstCommand watch(SandboxRegistry sandbox, long before) {
            FirstCommand watch = new FirstCommand(sandbox, before);
            watch.poller.start();
            return watch;
        }

        Duration stop(long startedNanos) throws InterruptedException {
            poller.interrupt();
            poller.join();
            return seenAtNanos == 0 ? Duration.ZERO : Duration.ofNanos(seenAtNanos - startedNanos);
        }
    }

    private static long delta(Map<EppCommandType, Long> before, Map<EppCommandType, Long> after, EppCommandType type) {
        return after.getOrDefault(type, 0L) - before.getOrDefault(type, 0L);
    }
}
