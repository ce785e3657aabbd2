package com.ophos.registrar.bench.eppload;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** The parent's handle on the {@link SandboxMain} JVM: where it listens, its TLS stores, its CPU time. */
final class SandboxProcess implements AutoCloseable {
    private static final Duration STARTUP_TIMEOUT = Duration.ofMinutes(2);
    private static final String LOG_MANAGER = "org.jboss.logmanager.LogManager";

    private final Process process;
    private final Writer stdin;
    final int port;
    final Path clientKeyStore;
    final Path trustStore;
    final String storePassword;

    private SandboxProcess(Process process, Writer stdin, int port, Path stores, String storePassword) {
        this.process = process;
        this.stdin = stdin;
        this.port = port;
        this.clientKeyStore = stores.resolve("client.p12");
        this.trustStore = stores.resolve("truststore.p12");
        this.storePassword = storePassword;
    }

    static SandboxProcess start(String accountPassword, List<String> jvmArgs) throws Exception {
        String java = ProcessHandle.current().info().command().orElse(
                Path.of(System.getProperty("java.home"), "bin", "java").toString());
        List<String> command = new ArrayList<>(List.of(java, "-Djava.util.logging.manager=" + LOG_MANAGER));
        command.addAll(jvmArgs);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), SandboxMain.class.getName()));
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        try {
            Writer stdin = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
            stdin.write(accountPassword + "\n");
            stdin.flush();
            BufferedReader stdout = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            String[] ready = CompletableFuture.supplyAsync(() -> readReady(stdout))
                    .get(STARTUP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            Thread drain = new Thread(() -> drain(stdout), "sandbox-stdout");
            drain.setDaemon(true);
            drain.start();
            return new SandboxProcess(process, stdin, Integer.parseInt(ready[0]), Path.of(ready[1]), ready[2]);
        } catch (Exception e) {
            process.destroyForcibly();
            throw e;
        }
    }

    private static String[] readReady(BufferedReader stdout) {
        try {
            String line;
            while ((line = stdout.readLine()) != null) {
                if (line.startsWith("READY ")) {
                    String[] parts = line.split(" ");
                    String password = stdout.readLine();
                    return new String[] {parts[1], parts[2], password};
                }
            }
            throw new IllegalStateException("the sandbox process ended before it was ready");
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the sandbox process", e);
        }
    }

    private static void drain(BufferedReader stdout) {
        try {
            while (stdout.readLine() != null) {
                // discarded: the sandbox prints nothing useful after READY
            }
        } catch (IOException ignored) {
            // the process ended
        }
    }

    long pid() {
        return process.pid();
    }

    /** User + system CPU time of the whole sandbox process so far, in nanoseconds. */
    long cpuNanos() {
        return process.toHandle().info().totalCpuDuration().map(Duration::toNanos)
                .orElseThrow(() -> new IllegalStateException("the OS does not report the sandbox's CPU time"));
    }

    @Override
    public void close() throws Exception {
        stdin.close();
        if (!process.waitFor(15, TimeUnit.SECONDS)) {
            process.destroy();
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }
}
