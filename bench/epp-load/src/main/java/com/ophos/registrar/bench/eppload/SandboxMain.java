package com.ophos.registrar.bench.eppload;

import com.ophos.registrar.sandbox.SandboxCertificates;
import com.ophos.registrar.sandbox.SandboxFlavour;
import com.ophos.registrar.sandbox.SandboxRegistry;
import com.ophos.registrar.sandbox.SandboxSettings;
import io.vertx.core.Vertx;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * The sandbox registry (Verisign flavour) in its own JVM, so that its CPU time is not counted as the
 * client's. Protocol with {@link SandboxProcess} over stdin/stdout: reads the benchmark account's
 * password as the first line, answers {@code READY <port> <store directory>} and the key stores'
 * password, runs until stdin closes (or its lifetime ends, should the parent die silently).
 */
public final class SandboxMain {
    static final String CLIENT_ID = "bench-registrar";
    static final int MAX_SESSIONS = 16;
    private static final long LIFETIME_MINUTES = 60;

    private SandboxMain() {
    }

    public static void main(String[] args) throws Exception {
        BufferedReader stdin = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        String accountPassword = stdin.readLine();
        if (accountPassword == null || accountPassword.isBlank()) {
            throw new IllegalStateException("expected the account password on stdin");
        }
        Thread lifetime = new Thread(() -> {
            try {
                TimeUnit.MINUTES.sleep(LIFETIME_MINUTES);
                System.exit(2);
            } catch (InterruptedException ignored) {
                Thread.currentThread().interrupt();
            }
        }, "sandbox-lifetime");
        lifetime.setDaemon(true);
        lifetime.start();

        Vertx vertx = Vertx.vertx();
        SandboxCertificates certificates = SandboxCertificates.generate();
        SandboxSettings settings = SandboxSettings.builder(SandboxFlavour.VERISIGN, "com", "net")
                .account(CLIENT_ID, accountPassword)
                .maxSessionsPerClient(MAX_SESSIONS)
                .host("127.0.0.1")
                .port(0)
                .build();
        SandboxRegistry registry = SandboxRegistry.start(vertx, settings, certificates);
        registry.faults().latency(java.time.Duration.ofMillis(Long.getLong("sandbox.latency-ms", 0)));
        Path stores = Files.createTempDirectory("epp-load-stores");
        certificates.written(stores);
        System.out.println("READY " + registry.port() + " " + stores);
        System.out.println(certificates.password());
        System.out.flush();

        while (stdin.readLine() != null) {
            // the parent never writes more; EOF means it is done
        }
        registry.close();
        vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        System.exit(0);
    }
}
