package com.ophos.registrar.bench.eppload;

import com.ophos.registrar.epp.EppClientConfig;
import com.ophos.registrar.epp.TlsMaterial;
import com.ophos.registrar.epp.model.EppNamespaces;
import io.vertx.core.Vertx;
import java.io.FileInputStream;
import java.io.InputStream;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * domain:check per second against the sandbox registry (Verisign flavour, its own JVM) through the
 * gateway's EPP client pool and through a raw JDK client, side by side, with client and sandbox CPU
 * per check. Prints a Markdown table. Options (defaults in brackets):
 * {@code --jit-warmup 20} seconds of each client once before any point (not counted: without it the
 * first gateway point ran while the JIT still compiled the codec and the pool, and came out a third
 * slower than the same point measured later), {@code --warmup 5} and {@code --seconds 10} per point,
 * {@code --raw 1,2,4} raw sessions,
 * {@code --pool 1,2,4,8} pool sessions at window 1, {@code --pipelined 1,2,4} pool sessions tried at
 * each of {@code --windows 4,8}, {@code --sandbox-jvm "-Xmx512m"}. Adding
 * {@code -Dsandbox.latency-ms=20} to the sandbox's JVM options makes it spend that long on every command
 * (one at a time per session), which shows what each client adds on top of a registry's own latency.
 */
public final class EppLoad {
    private static final int PREBUILT_FRAMES = 1024;

    private EppLoad() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        Duration warmup = Duration.ofSeconds(Long.parseLong(options.getOrDefault("warmup", "5")));
        Duration window = Duration.ofSeconds(Long.parseLong(options.getOrDefault("seconds", "10")));
        Duration jitWarmup = Duration.ofSeconds(Long.parseLong(options.getOrDefault("jit-warmup", "20")));
        List<Integer> raw = numbers(options.getOrDefault("raw", "1,2,4"));
        List<Integer> pool = numbers(options.getOrDefault("pool", "1,2,4,8"));
        List<Integer> pipelined = numbers(options.getOrDefault("pipelined", "1,2,4"));
        List<Integer> windows = numbers(options.getOrDefault("windows", "4,8"));
        List<String> sandboxJvm = Arrays.stream(options.getOrDefault("sandbox-jvm", "-Xmx512m").split(" "))
                .filter(s -> !s.isBlank()).toList();

        String password = randomPassword();
        Vertx vertx = Vertx.vertx();
        List<PointResult> results = new ArrayList<>();
        System.out.printf("# %s, nproc %d, %s %s, load before: %s%n", Instant.now(),
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.vm.name"),
                System.getProperty("java.version"), Machine.loadAverage());
        try (SandboxProcess sandbox = SandboxProcess.start(password, sandboxJvm)) {
            Phases phases = new Phases(warmup, window, sandbox);
            SSLContext tls = rawTls(sandbox);
            List<byte[]> checks = RawFrames.checks("raw", PREBUILT_FRAMES);
            EppClientConfig base = poolConfig(sandbox, password);
            if (!jitWarmup.isZero()) {
                Phases once = new Phases(jitWarmup, Duration.ofSeconds(1), sandbox);
                System.out.println("# JIT warm-up of both clients and the sandbox (not counted):");
                report(RawLoad.run(tls, sandbox, password, 2, checks, once));
                report(PoolLoad.run(vertx, base, 2, 1, once));
            }
            List<Integer> sessionCounts = new ArrayList<>(raw);
            pool.stream().filter(n -> !sessionCounts.contains(n)).forEach(sessionCounts::add);
            // raw and pool alternate at each session count, so a change of machine load hits both
            for (int sessions : sessionCounts) {
                if (raw.contains(sessions)) {
                    results.add(report(RawLoad.run(tls, sandbox, password, sessions, checks, phases)));
                }
                if (pool.contains(sessions)) {
                    results.add(report(PoolLoad.run(vertx, base, sessions, 1, phases)));
                }
            }
            for (int pipelineWindow : windows) {
                for (int sessions : pipelined) {
                    results.add(report(PoolLoad.run(vertx, base, sessions, pipelineWindow, phases)));
                }
            }
        } finally {
            vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        }
        System.out.println();
        printTable(results);
        System.out.printf("%n# load after: %s%n", Machine.loadAverage());
    }

    private static PointResult report(PointResult result) {
        System.out.printf("# %s sessions=%d window=%d: %.0f checks/s, client %.1f us/check, %.0f bytes/check,"
                        + " sandbox %.1f us/check, errors %d, load %s%n", result.client(), result.sessions(),
                result.window(), result.checksPerSecond(), result.clientCpuMicrosPerCheck(),
                result.clientBytesPerCheck(), result.sandboxCpuMicrosPerCheck(), result.errors(),
                result.loadAverage());
        return result;
    }

    private static void printTable(List<PointResult> results) {
        System.out.println("| client | sessions | window | checks/s | vs raw, same sessions | client CPU µs/check"
                + " | client bytes allocated/check | sandbox CPU µs/check | errors | load average (1/5/15 min) |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|");
        for (PointResult r : results) {
            Optional<PointResult> floor = results.stream()
                    .filter(o -> o.client().startsWith("raw") && o.sessions() == r.sessions()).findFirst();
            String relative = r.client().startsWith("raw") ? "100 %" : floor
                    .map(f -> String.format("%.0f %%", 100 * r.checksPerSecond() / f.checksPerSecond()))
                    .orElse("n/a");
            System.out.printf("| %s | %d | %d | %.0f | %s | %.1f | %.0f | %.1f | %d | %s |%n", r.client(),
                    r.sessions(), r.window(), r.checksPerSecond(), relative, r.clientCpuMicrosPerCheck(),
                    r.clientBytesPerCheck(), r.sandboxCpuMicrosPerCheck(), r.errors(), r.loadAverage());
        }
    }

    private static EppClientConfig poolConfig(SandboxProcess sandbox, String password) {
        TlsMaterial tls = new TlsMaterial(
                Optional.of(new TlsMaterial.Pkcs12ClientKey(sandbox.clientKeyStore, sandbox.storePassword)),
                Optional.of(new TlsMaterial.Pkcs12Trust(sandbox.trustStore, sandbox.storePassword)),
                TlsMaterial.DEFAULT_PROTOCOLS);
        return EppClientConfig.of("bench", "127.0.0.1", sandbox.port, tls, SandboxMain.CLIENT_ID, password,
                        List.of(EppNamespaces.DOMAIN, EppNamespaces.CONTACT, EppNamespaces.HOST),
                        List.of(EppNamespaces.SEC_DNS, EppNamespaces.RGP, EppNamespaces.FEE, EppNamespaces.NAMESTORE,
                                EppNamespaces.SYNC))
                .withTimeouts(Duration.ofSeconds(30), Duration.ofSeconds(30), Duration.ofSeconds(100))
                .withLimits(1 << 20, 10_000);
    }

    private static SSLContext rawTls(SandboxProcess sandbox) throws Exception {
        char[] storePassword = sandbox.storePassword.toCharArray();
        KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keys.init(load(sandbox.clientKeyStore, storePassword), storePassword);
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(load(sandbox.trustStore, storePassword));
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(keys.getKeyManagers(), trust.getTrustManagers(), new SecureRandom());
        return context;
    }

    private static KeyStore load(Path path, char[] password) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = new FileInputStream(path.toFile())) {
            store.load(in, password);
        }
        return store;
    }

    private static String randomPassword() {
        byte[] bytes = new byte[12];
        new SecureRandom().nextBytes(bytes);
        return "Bench-" + java.util.HexFormat.of().formatHex(bytes);
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("expected --option value, got " + args[i]);
            }
            options.put(args[i].substring(2), args[i + 1]);
        }
        return options;
    }

    private static List<Integer> numbers(String list) {
        return list.isBlank() ? List.of()
                : Arrays.stream(list.split(",")).map(String::trim).map(Integer::parseInt).toList();
    }
}
