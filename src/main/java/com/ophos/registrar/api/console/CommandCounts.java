package com.ophos.registrar.api.console;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * EPP commands by registry and result code over the last 24 hours, from the adapters' Micrometer
 * counter {@code epp_commands_total{registry,command,code}}. A counter only grows, so snapshots are
 * kept every 10 minutes and the window is "now minus the oldest snapshot inside 24 h"; a gateway up
 * for less than a day counts since its start (built at startup for that), and says so.
 */
@Startup
@ApplicationScoped
public class CommandCounts {
    static final String COUNTER = "epp_commands_total";
    private static final Duration WINDOW = Duration.ofHours(24);

    /** Commands of one registry that ended with one result code. */
    public record Count(String registry, String code, long commands) {
    }

    /** The counts and where the window really starts. */
    public record Window(Instant since, List<Count> counts) {
    }

    private record Snapshot(Instant at, Map<Key, Double> values) {
    }

    private record Key(String registry, String code) {
    }

    private final MeterRegistry meters;
    private final Clock clock;
    private final Instant started;
    private final Deque<Snapshot> snapshots = new ArrayDeque<>();

    public CommandCounts(MeterRegistry meters, Clock clock) {
        this.meters = meters;
        this.clock = clock;
        this.started = Instant.now(clock);
    }

    @Scheduled(every = "10m", delayed = "10m")
    synchronized void sample() {
        Instant now = Instant.now(clock);
        snapshots.addLast(new Snapshot(now, current()));
        while (snapshots.size() > 1 && snapshots.peekFirst().at().isBefore(now.minus(WINDOW))) {
            snapshots.removeFirst();
        }
    }

    public synchronized Window last24Hours() {
        Instant horizon = Instant.now(clock).minus(WINDOW);
        Optional<Snapshot> base = snapshots.stream().filter(s -> !s.at().isBefore(horizon)).findFirst();
        Map<Key, Double> before = base.map(Snapshot::values).orElse(Map.of());
        List<Count> counts = current().entrySet().stream()
                .map(e -> new Count(e.getKey().registry(), e.getKey().code(),
                        Math.round(e.getValue() - before.getOrDefault(e.getKey(), 0.0))))
                .filter(c -> c.commands() > 0)
                .sorted(Comparator.comparing(Count::registry).thenComparing(Count::code))
                .toList();
        return new Window(base.map(Snapshot::at).orElse(started), counts);
    }

    private Map<Key, Double> current() {
        Map<Key, Double> totals = new HashMap<>();
        for (Counter counter : meters.find(COUNTER).counters()) {
            Key key = new Key(String.valueOf(counter.getId().getTag("registry")),
                    String.valueOf(counter.getId().getTag("code")));
            totals.merge(key, counter.count(), Double::sum);
        }
        return totals;
    }
}
