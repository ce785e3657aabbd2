package com.ophos.registrar.lifecycle;

import com.ophos.registrar.registry.spi.DomainAvailability;
import com.ophos.registrar.registry.spi.DomainCheck;
import com.ophos.registrar.registry.spi.RegistriesConfig;
import com.ophos.registrar.registry.spi.RegistryAdapter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.ToIntFunction;

/**
 * Turns concurrent checks of single names into multi-name registry checks. A registry takes only so
 * many commands at once (sessions × pipelining): while that many checks are out, further names wait,
 * and the next free slot carries every waiting name of one TLD, up to the registry's names-per-check.
 * Below that load nothing waits, so a lone check costs no added latency.
 *
 * <p>Names are queued per TLD because one multi-name command must stay within one product line (a
 * Verisign subProduct is one TLD). Two callers asking the same name share one slot in the command and
 * both get its answer; a failed command fails the names it carried, and no others.
 */
@ApplicationScoped
public class CheckCoalescer {
    static final String NAMES_PER_COMMAND = "registrar.checks.names.per.command";

    private final ToIntFunction<String> commandsInFlightLimit;
    private final MeterRegistry meters;
    private final Map<String, Feed> feeds = new ConcurrentHashMap<>();

    @Inject
    public CheckCoalescer(RegistriesConfig config, MeterRegistry meters) {
        this(registryId -> {
            RegistriesConfig.Registry registry = config.registries().get(registryId);
            return registry == null ? 1 : registry.sessions().max() * Math.max(1, registry.sessions().pipelining());
        }, meters);
    }

    CheckCoalescer(ToIntFunction<String> commandsInFlightLimit, MeterRegistry meters) {
        this.commandsInFlightLimit = commandsInFlightLimit;
        this.meters = meters;
    }

    /**
     * Asks the registry about these A-labels (all routed to {@code adapter}); each answer is the
     * registry's, or {@code null} when the registry's reply did not mention the name.
     */
    public Uni<Map<String, DomainAvailability>> check(RegistryAdapter adapter, Collection<String> aLabels) {
        Feed feed = feeds.computeIfAbsent(adapter.registryId(), id -> new Feed(adapter));
        Map<String, CompletableFuture<DomainAvailability>> answers = feed.enqueue(aLabels);
        feed.drain();
        return Uni.createFrom().completionStage(CompletableFuture.allOf(answers.values().toArray(CompletableFuture[]::new)))
                .map(done -> {
                    Map<String, DomainAvailability> byName = new HashMap<>();
                    answers.forEach((name, answer) -> byName.put(name, answer.join()));
                    return byName;
                });
    }

    /** One registry: its queues per TLD and the commands it has out. */
    private final class Feed {
        private final RegistryAdapter adapter;
        private final int inFlightLimit;
        private final int namesPerCommand;
        private final DistributionSummary namesPerCommandSummary;
        private final Map<String, Map<String, List<CompletableFuture<DomainAvailability>>>> waitingByTld =
                new LinkedHashMap<>();
        private int inFlight;

        Feed(RegistryAdapter adapter) {
            this.adapter = adapter;
            this.inFlightLimit = Math.max(1, commandsInFlightLimit.applyAsInt(adapter.registryId()));
            this.namesPerCommand = Math.max(1, adapter.policy().maxNamesPerCheck());
            this.namesPerCommandSummary = DistributionSummary.builder(NAMES_PER_COMMAND)
                    .description("Names carried by each domain check sent to a registry")
                    .tag("registry", adapter.registryId())
                    .register(meters);
        }

        synchronized Map<String, CompletableFuture<DomainAvailability>> enqueue(Collection<String> aLabels) {
            Map<String, CompletableFuture<DomainAvailability>> answers = new LinkedHashMap<>();
            for (String name : aLabels) {
                CompletableFuture<DomainAvailability> answer = new CompletableFuture<>();
                answers.put(name, answer);
                waitingByTld.computeIfAbsent(tld(name), t -> new LinkedHashMap<>())
                        .computeIfAbsent(name, n -> new ArrayList<>(1)).add(answer);
            }
            return answers;
        }

        /** Sends commands while the registry has free slots; never holds the lock while calling out. */
        void drain() {
            while (true) {
                Map<String, List<CompletableFuture<DomainAvailability>>> batch = nextBatch();
                if (batch == null) {
                    return;
                }
                send(batch);
            }
        }

        private synchronized Map<String, List<CompletableFuture<DomainAvailability>>> nextBatch() {
            if (inFlight >= inFlightLimit || waitingByTld.isEmpty()) {
                return null;
            }
            // The TLD waiting longest goes first; it moves to the back once served.
            Iterator<Map.Entry<String, Map<String, List<CompletableFuture<DomainAvailability>>>>> tlds =
                    waitingByTld.entrySet().iterator();
            Map.Entry<String, Map<String, List<CompletableFuture<DomainAvailability>>>> oldest = tlds.next();
            Map<String, List<CompletableFuture<DomainAvailability>>> batch = new LinkedHashMap<>();
            Iterator<Map.Entry<String, List<CompletableFuture<DomainAvailability>>>> names =
                    oldest.getValue().entrySet().iterator();
            while (names.hasNext() && batch.size() < namesPerCommand) {
                Map.Entry<String, List<CompletableFuture<DomainAvailability>>> name = names.next();
                batch.put(name.getKey(), name.getValue());
                names.remove();
            }
            tlds.remove();
            if (!oldest.getValue().isEmpty()) {
                waitingByTld.put(oldest.getKey(), oldest.getValue());
            }
            inFlight++;
            return batch;
        }

        private void send(Map<String, List<CompletableFuture<DomainAvailability>>> batch) {
            namesPerCommandSummary.record(batch.size());
            Uni<List<DomainAvailability>> reply;
            try {
                reply = adapter.checkDomains(new DomainCheck(List.copyOf(batch.keySet()), adapter.policy().feeExtension()));
            } catch (RuntimeException e) {
                reply = Uni.createFrom().failure(e);
            }
            reply.subscribe().with(answers -> finished(batch, answers, null), failure -> finished(batch, null, failure));
        }

        private void finished(Map<String, List<CompletableFuture<DomainAvailability>>> batch,
                              List<DomainAvailability> answers, Throwable failure) {
            synchronized (this) {
                inFlight--;
            }
            drain(); // the next command goes out before this one's callers run on
            Map<String, DomainAvailability> byName = new HashMap<>();
            if (answers != null) {
                answers.forEach(answer -> byName.put(answer.name(), answer));
            }
            batch.forEach((name, callers) -> callers.forEach(caller -> {
                if (failure != null) {
                    caller.completeExceptionally(failure);
                } else {
                    caller.complete(byName.get(name));
                }
            }));
        }
    }

    private static String tld(String aLabel) {
        return aLabel.substring(aLabel.lastIndexOf('.') + 1);
    }
}
