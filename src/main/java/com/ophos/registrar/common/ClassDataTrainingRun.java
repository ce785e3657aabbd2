package com.ophos.registrar.common;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.http.HttpServer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The training start of {@code ./mvnw package}: the gateway starts as the README runs it, then asks itself
 * what every start is asked first — readiness and liveness by the orchestrator, metrics by the scraper, a
 * domain check by the frontend (which logs in to each sandbox registry over TLS) — lets the work that
 * follows start-up happen, and exits so the JVM writes its class-data archive
 * ({@code -XX:ArchiveClassesAtExit}). A start that maps that archive skips parsing and verifying the
 * ~17,000 classes of a start and its first requests, which were most of its CPU. Asking instead of waiting
 * makes the archive's content the same on a fast and a slow machine: a fixed wait let a slow training start
 * exit before the registry logins, and the archive then missed ~2,600 classes.
 */
@ApplicationScoped
public class ClassDataTrainingRun {
    private static final Logger LOG = Logger.getLogger(ClassDataTrainingRun.class);
    private static final Duration SERVER_WAIT = Duration.ofSeconds(60);

    @ConfigProperty(name = "registrar.class-data-training.enabled", defaultValue = "false")
    boolean enabled;

    @ConfigProperty(name = "registrar.class-data-training.linger", defaultValue = "PT2S")
    Duration linger;

    /** The development user of the ordering frontend (the training start runs the dev profile). */
    @ConfigProperty(name = "quarkus.security.users.embedded.users.frontend", defaultValue = "frontend")
    String frontendPassword;

    private final HttpServer httpServer;

    public ClassDataTrainingRun(HttpServer httpServer) {
        this.httpServer = httpServer;
    }

    void onStart(@Observes StartupEvent start) {
        if (!enabled) {
            return;
        }
        Thread exit = new Thread(this::askThenExit, "class-data-training");
        exit.setDaemon(true);
        exit.start();
    }

    private void askThenExit() {
        try {
            int port = awaitPort();
            String frontend = "Basic " + Base64.getEncoder()
                    .encodeToString(("frontend:" + frontendPassword).getBytes(StandardCharsets.UTF_8));
            for (String path : List.of("/q/health/ready", "/q/health/live", "/q/metrics")) {
                LOG.infof("class-data training: GET %s -> %s", path, get(port, path, null));
            }
            String check = "/api/v1/domains/check?name=class-data-training.com&name=class-data-training.fr"
                    + "&name=class-data-training.org";
            LOG.infof("class-data training: GET %s -> %s", check, get(port, check, frontend));
            Thread.sleep(linger.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException | RuntimeException e) {
            // The archive is still written, only without the classes of the requests that failed.
            LOG.warnf(e, "class-data training: requests failed");
        }
        LOG.info("class-data training start done, exiting");
        Quarkus.asyncExit(0);
    }

    private int awaitPort() throws InterruptedException {
        long deadline = System.nanoTime() + SERVER_WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                int port = httpServer.getPort();
                if (port > 0) {
                    return port;
                }
            } catch (RuntimeException notYetListening) {
                // asked again below
            }
            Thread.sleep(20);
        }
        throw new IllegalStateException("HTTP server not listening after " + SERVER_WAIT);
    }

    /** One HTTP/1.1 request on its own connection; returns the status line. */
    private static String get(int port, String path, String authorization) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout((int) SERVER_WAIT.toMillis());
            String request = "GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
                    + (authorization == null ? "" : "Authorization: " + authorization + "\r\n") + "\r\n";
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            String response = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int endOfStatus = response.indexOf("\r\n");
            return endOfStatus < 0 ? response : response.substring(0, endOfStatus);
        }
    }
}
