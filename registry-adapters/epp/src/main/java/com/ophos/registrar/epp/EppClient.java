package com.ophos.registrar.epp;

import com.ophos.registrar.epp.model.EppCommand;
import com.ophos.registrar.epp.model.EppResponse;
import com.ophos.registrar.epp.session.SessionPool;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * The EPP client of one registry, used by its adapter: a pool of logged-in sessions behind
 * {@link #execute(EppCommand)}. Non-blocking; results and failures arrive on a Vert.x event loop.
 *
 * <p>A command answered by the registry yields its {@link EppResponse}, whatever the result code (the
 * adapter maps it, e.g. with {@link EppResponse#outcome()}). A command without usable answer fails with
 * an {@link EppException} whose {@link EppException#outcome()} is {@code UNKNOWN} when the frame may have
 * reached the registry and {@code UNAVAILABLE} when nothing was sent.
 *
 * <p>Metrics (when a registry is given): counter {@code epp_commands_total{registry,command,code}}
 * (code = result code, or {@code timeout}/{@code error}), timer {@code epp_command_seconds{registry,command}},
 * gauges {@code epp_sessions_open{registry}} and {@code epp_sessions_busy{registry}}.
 */
public final class EppClient {
    private final EppClientConfig config;
    private final SessionPool pool;
    private final MeterRegistry meters;
    // Meters looked up once per command name and code: building and registering a tagged meter on
    // every command showed up in the per-check CPU profile.
    private final Map<String, Counter> commandCounters = new ConcurrentHashMap<>();
    private final Map<String, Timer> commandTimers = new ConcurrentHashMap<>();

    /**
     * @param meters may be null (no metrics)
     */
    public EppClient(EppClientConfig config, Vertx vertx, MeterRegistry meters, WireLog wireLog) {
        this.config = config;
        this.pool = new SessionPool(vertx, config, wireLog);
        this.meters = meters;
        if (meters != null) {
            Gauge.builder("epp_sessions_open", pool, p -> p.health().sessionsOpen())
                    .tag("registry", config.registryId()).register(meters);
            Gauge.builder("epp_sessions_busy", pool, p -> p.health().sessionsBusy())
                    .tag("registry", config.registryId()).register(meters);
        }
    }

    public String registryId() {
        return config.registryId();
    }

    /** Sends a command on a free session (after the queue), with the command's own clTRID. */
    public Uni<EppResponse> execute(EppCommand command) {
        // One Uni over the pool's stage, the meters updated as the stage completes (fewer Uni layers and
        // callbacks per command than a deferred Uni wrapping an observed one).
        return Uni.createFrom().completionStage(() -> {
            long start = System.nanoTime();
            return pool.execute(command).whenComplete((response, failure) -> record(command, start, response,
                    failure == null ? null : unwrap(failure)));
        });
    }

    /**
     * The URIs the sessions log in with and the fee namespace chosen from the greeting; opens a first
     * session when none was opened yet.
     */
    public Uni<Negotiated> negotiated() {
        return Uni.createFrom().completionStage(pool::ensureSession);
    }

    /** What was negotiated, if a session was ever opened; never waits. */
    public Optional<Negotiated> negotiatedIfKnown() {
        return pool.negotiated();
    }

    /** This instance's share of the registry's account-wide session limit (see {@code SessionPool#share}). */
    public void shareSessions(int sessions) {
        pool.share(sessions);
    }

    public EppHealth health() {
        return pool.health();
    }

    /** Logs out every session and closes the connections; waiting commands fail. */
    public Uni<Void> close() {
        return Uni.createFrom().completionStage(pool::close);
    }

    private static Throwable unwrap(Throwable failure) {
        return failure instanceof java.util.concurrent.CompletionException && failure.getCause() != null
                ? failure.getCause() : failure;
    }

    private void record(EppCommand command, long startNanos, EppResponse response, Throwable failure) {
        if (meters == null) {
            return;
        }
        String code = response != null ? Integer.toString(response.code())
                : failure instanceof EppTimeoutException ? "timeout" : "error";
        commandCounters.computeIfAbsent(command.name() + ' ' + code, key -> Counter.builder("epp_commands_total")
                .tag("registry", config.registryId()).tag("command", command.name()).tag("code", code)
                .register(meters)).increment();
        commandTimers.computeIfAbsent(command.name(), name -> Timer.builder("epp_command_seconds")
                .tag("registry", config.registryId()).tag("command", name)
                .register(meters)).record(System.nanoTime() - startNanos, TimeUnit.NANOSECONDS);
    }
}
