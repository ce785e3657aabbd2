package com.ophos.registrar.jobs.poll;

import com.ophos.registrar.jobs.ItemResult;
import com.ophos.registrar.jobs.RunContext;
import com.ophos.registrar.jobs.RunKind;
import com.ophos.registrar.jobs.RunWork;
import com.ophos.registrar.jobs.RunsConfig;
import com.ophos.registrar.registry.RegistryRouter;
import com.ophos.registrar.registry.spi.PollMessage;
import com.ophos.registrar.registry.spi.RegistryAdapter;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Optional;

/**
 * Drains each registry's poll queue: every message is stored (committed) first, applied (a pending
 * operation settled by its clTRID), then acknowledged. A message delivered again after a crash
 * between commit and ack is found stored and simply acknowledged. A message that cannot be handled
 * stays at the head of its queue, so that registry's draining stops there until the next run.
 */
@ApplicationScoped
public class PollRun implements RunWork {

    private final RegistryRouter router;
    private final PollInbox inbox;
    private final SettlePendingOperation settle;
    private final RunsConfig config;

    PollRun(RegistryRouter router, PollInbox inbox, SettlePendingOperation settle, RunsConfig config) {
        this.router = router;
        this.inbox = inbox;
        this.settle = settle;
        this.config = config;
    }

    @Override
    public RunKind kind() {
        return RunKind.POLL;
    }

    /** Each poll run is its own period: queues are drained again and again, messages are deduplicated when stored. */
    @Override
    public String periodKey(long runId, Instant now) {
        return "run-" + runId;
    }

    @Override
    public void perform(RunContext run) {
        for (RegistryAdapter registry : router.all()) {
            drain(run, registry);
        }
    }

    private void drain(RunContext run, RegistryAdapter registry) {
        for (int taken = 0; taken < config.poll().maxMessagesPerRegistry(); taken++) {
            Optional<PollMessage> next = registry.poll().await().atMost(config.registryTimeout());
            if (next.isEmpty()) {
                return;
            }
            PollMessage message = next.get();
            run.due(1);
            ItemResult result = run.item(registry.registryId() + ":" + message.id(), () -> handle(registry, message));
            if (result.status() != ItemResult.Status.DONE) {
                return;
            }
        }
    }

    private ItemResult handle(RegistryAdapter registry, PollMessage message) {
        StoredPollMessage stored = inbox.store(registry.registryId(), message);
        String applied = stored.processedAt != null ? "already applied" : settle.run(stored);
        inbox.processed(stored.id);
        registry.acknowledge(message.id()).await().atMost(config.registryTimeout());
        inbox.acknowledged(stored.id);
        return ItemResult.done(applied + "; acknowledged");
    }
}
