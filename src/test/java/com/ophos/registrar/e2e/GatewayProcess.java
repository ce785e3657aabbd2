package com.ophos.registrar.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The packaged gateway ({@code target/registrar-gateway.jar}) run as its own {@code java} process, so
 * a test can kill it the way an operating system or an operator would and start it again on the same
 * database. Its console goes to one log file, appended across restarts, for the test to show on failure.
 */
final class GatewayProcess {
    private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(120);

    private final Path jar;
    private final List<String> systemProperties;
    private final Map<String, String> environment;
    private final Path log;
    private final int httpPort;
    private Process process;

    GatewayProcess(Path jar, int httpPort, Map<String, String> systemProperties, Map<String, String> environment,
                   Path log) {
        this.jar = jar;
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: the gateway must be packaged before this test");
        }
        this.httpPort = httpPort;
        this.systemProperties = new ArrayList<>();
        systemProperties.forEach((key, value) -> this.systemProperties.add("-D" + key + "=" + value));
        this.systemProperties.add("-Dquarkus.http.host=127.0.0.1");
        this.systemProperties.add("-Dquarkus.http.port=" + httpPort);
        this.environment = Map.copyOf(environment);
        this.log = log;
    }

    /** A port nobody listens on right now, for the gateway's HTTP server. */
    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int httpPort() {
        return httpPort;
    }

    /** Starts the gateway and returns once its HTTP server answers. */
    void start() {
        if (process != null && process.isAlive()) {
            throw new IllegalStateException("the gateway already runs");
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        // Start-up time matters more than peak speed for a process that lives a few seconds.
        command.add("-XX:TieredStopAtLevel=1");
        command.add("-Xmx384m");
        command.addAll(systemProperties);
        command.add("-jar");
        command.add(jar.toString());
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(environment);
        try {
            Files.writeString(log, "---- gateway started at " + Instant.now() + "\n", StandardCharsets.UTF_8,
                    java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        awaitLive();
    }

    /** kill -9: no shutdown hook, no transaction completion, sockets closed by the operating system. */
    void kill() {
        process.destroyForcibly();
        waitForExit();
    }

    /** An orderly stop (SIGTERM), for the end of the test. */
    void stop() {
        if (process != null && process.isAlive()) {
            process.destroy();
            waitForExit();
        }
    }

    boolean isAlive() {
        return process != null && process.isAlive();
    }

    String log() {
        try {
            return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "(no gateway log)";
        } catch (IOException e) {
            return "(gateway log unreadable: " + e.getMessage() + ")";
        }
    }

    private void waitForExit() {
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the gateway exits", e);
        }
    }

    private void awaitLive() {
        Instant deadline = Instant.now().plus(STARTUP_TIMEOUT);
        URI live = URI.create("http://127.0.0.1:" + httpPort + "/q/health/live");
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the gateway exited during start-up with " + process.exitValue());
            }
            if (answers(live)) {
                return;
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while the gateway starts", e);
            }
        }
        throw new IllegalStateException("the gateway did not answer on " + live + " within " + STARTUP_TIMEOUT);
    }

    private static boolean answers(URI uri) {
        try {
            HttpURLConnection connection = (HttpURLConnection) uri.toURL().openConnection();
            connection.setConnectTimeout(1000);
            connection.setReadTimeout(2000);
            try {
                return connection.getResponseCode() == 200;
            } finally {
                connection.disconnect();
            }
        } catch (IOException notYet) {
            return false;
        }
    }
}
