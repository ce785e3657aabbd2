package com.ophos.registrar.dns;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Starts a private PowerDNS Authoritative server for the tests (random loopback ports, temp dir,
 * own API key) through {@code .ci/powerdns.sh}, and points the gateway's DNS configuration to it.
 * When PowerDNS is not installed it starts nothing; {@link RequiresPowerDns} then skips the tests,
 * or fails them when {@code CI=true}.
 */
public class PowerDnsResource implements QuarkusTestResourceLifecycleManager {
    private static final Path SCRIPT = Path.of(".ci", "powerdns.sh");

    private Path dir;

    /** The binaries {@code .ci/powerdns.sh} needs without installing anything. */
    static boolean installed() {
        return onPath("pdns_server") && onPath("sqlite3") && onPath("curl") && Files.isExecutable(SCRIPT);
    }

    @Override
    public Map<String, String> start() {
        if (!installed()) {
            return Map.of();
        }
        try {
            dir = Files.createTempDirectory("dns-test-pdns");
            int dnsPort = freePort();
            int apiPort = freePort();
            String apiKey = "test-" + UUID.randomUUID();
            ProcessBuilder script = new ProcessBuilder("bash", SCRIPT.toString(), "start", dir.toString())
                    .redirectErrorStream(true)
                    .redirectOutput(dir.resolve("script.log").toFile());
            script.environment().put("PDNS_DNS_PORT", String.valueOf(dnsPort));
            script.environment().put("PDNS_API_PORT", String.valueOf(apiPort));
            script.environment().put("PDNS_API_KEY", apiKey);
            Process started = script.start();
            if (!started.waitFor(60, TimeUnit.SECONDS) || started.exitValue() != 0) {
                started.destroy();
                throw new IllegalStateException("could not start PowerDNS: " + Files.readString(dir.resolve("script.log"))
                        + logOf(dir.resolve("pdns.log")));
            }
            return Map.of(
                    "quarkus.rest-client.powerdns.url", "http://127.0.0.1:" + apiPort,
                    "registrar.dns.api-key", apiKey,
                    "registrar.dns.host", "127.0.0.1",
                    "registrar.dns.port", String.valueOf(dnsPort));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void stop() {
        if (dir == null) {
            return;
        }
        try {
            Process stopped = new ProcessBuilder("bash", SCRIPT.toString(), "stop", dir.toString())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            stopped.waitFor(15, TimeUnit.SECONDS);
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String logOf(Path log) throws IOException {
        return Files.exists(log) ? "\n" + Files.readString(log) : "";
    }

    /** A port free for both TCP and UDP on loopback (DNS listens on both). */
    private static int freePort() throws IOException {
        InetAddress loopback = InetAddress.getLoopbackAddress();
        for (int attempt = 0; attempt < 20; attempt++) {
            try (ServerSocket tcp = new ServerSocket(0, 1, loopback)) {
                int port = tcp.getLocalPort();
                try (DatagramSocket udp = new DatagramSocket(port, loopback)) {
                    return port;
                } catch (IOException udpTaken) {
                    // try another one
                }
            }
        }
        throw new IOException("no free loopback port for both TCP and UDP");
    }

    private static boolean onPath(String binary) {
        String path = System.getenv().getOrDefault("PATH", "") + File.pathSeparator + "/usr/sbin" + File.pathSeparator + "/usr/bin";
        return Stream.of(path.split(File.pathSeparator))
                .filter(entry -> !entry.isBlank())
                .anyMatch(entry -> Files.isExecutable(Path.of(entry, binary)));
    }
}
