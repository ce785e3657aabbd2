package com.ophos.registrar.jobs.settle;

import com.ophos.registrar.jobs.ItemResult;
import com.ophos.registrar.jobs.RegistryLanes;
import com.ophos.registrar.jobs.RunContext;
import com.ophos.registrar.jobs.RunKind;
import com.ophos.registrar.jobs.RunWork;
import com.ophos.registrar.jobs.RunsConfig;
import com.ophos.registrar.lifecycle.OperationDispatcher;
import com.ophos.registrar.lifecycle.journal.OperationJournal;
import com.ophos.registrar.lifecycle.model.Operation;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Settles, during normal running, what the restart resume settles at start-up: journal entries whose
 * outcome is unknown (answer lost, 2400 after sending, timeout) and entries left running by a worker
 * or an instance that died. Each is reconciled with its registry (info / query) before anything is
 * resent; only an entry the registry never took is sent again, with the same clTRID.
 *
 * <p>Items are named after the entry and its last change, so a clustered instance or a rerun never
 * works on one episode twice, while an entry still unknown after a failed attempt is tried again by
 * the next run.
 */
@ApplicationScoped
public class SettleRun implements RunWork {
    private static final int REGISTRY_PENDING = 1001;

    private record Entry(long id, Operation.Kind kind, String registryId, boolean abandoned, Instant changedAt) {
        String key() {
            return "operation-" + id + "@" + changedAt.toEpochMilli();
        }
    }

    private final OperationJournal journal;
    private final OperationDispatcher dispatcher;
    private final RegistryLanes lanes;
    private final RunsConfig config;

    SettleRun(OperationJournal journal, OperationDispatcher dispatcher, RegistryLanes lanes, RunsConfig config) {
        this.journal = journal;
        this.dispatcher = dispatcher;
        this.lanes = lanes;
        this.config = config;
    }

    @Override
    public RunKind kind() {
        return RunKind.SETTLE;
    }

    @Override
    public void perform(RunContext run) {
        Instant unknownBefore = run.now().minus(config.settle().grace());
        Instant startedBefore = run.now().minus(config.settle().abandonedAfter());
        List<Entry> due = QuarkusTransaction.requiringNew().call(() -> {
            List<Entry> entries = new ArrayList<>();
            Operation.<Operation>list("state = ?1 and startedAt < ?2 and (resultCode is null or resultCode <> ?3) "
                            + "order by id", Operation.State.RUNNING, startedBefore, REGISTRY_PENDING)
                    .forEach(op -> entries.add(new Entry(op.id, op.kind, op.registryId, true, op.updatedAt)));
            Operation.<Operation>list("state = ?1 and updatedAt < ?2 order by id", Operation.State.UNKNOWN,
                            unknownBefore)
                    .forEach(op -> entries.add(new Entry(op.id, op.kind, op.registryId, false, op.updatedAt)));
            return entries;
        });
        run.due(due.size());
        run.items(due.stream().map(entry -> new RunContext.Item(entry.key(), entry.registryId(),
                () -> settle(entry, startedBefore))).toList(), lanes::width);
    }

    private ItemResult settle(Entry entry, Instant startedBefore) {
        if (entry.abandoned() && !journal.abandoned(entry.id(), startedBefore)) {
            return ItemResult.done("operation " + entry.id() + " moved on by itself");
        }
        Operation.State state = dispatcher.reconciled(entry.kind(), entry.id());
        if (state == Operation.State.UNKNOWN) {
            // Failed, so that the next run claims the same episode again.
            return ItemResult.failed("operation " + entry.id() + " still unknown after reconciling");
        }
        // The resend runs on the dispatcher's workers: a registry that takes long must not hold up the run.
        dispatcher.resendIfNeverTaken(entry.kind(), entry.id(), state);
        return ItemResult.done("operation " + entry.id() + (state == Operation.State.PENDING
                ? ": not applied at the registry; sent again with the same clTRID"
                : ": reconciled, " + state.name().toLowerCase()));
    }
}
