package com.ophos.registrar.lifecycle;

import com.ophos.registrar.lifecycle.journal.OperationJournal;
import com.ophos.registrar.lifecycle.model.Operation;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * After a restart: an entry left {@code RUNNING} may have reached the registry, so it becomes
 * {@code UNKNOWN} and is reconciled by info before anything is resent; {@code PENDING} entries were
 * never sent and simply run. Entries awaiting a registry's 1001 settlement are left to the poll.
 */
@ApplicationScoped
public class ResumeOperations {
    private static final Logger LOG = Logger.getLogger(ResumeOperations.class);
    private static final int REGISTRY_PENDING = 1001;

    private final OperationJournal journal;
    private final OperationDispatcher dispatcher;
    private final boolean atStartup;

    public ResumeOperations(OperationJournal journal, OperationDispatcher dispatcher,
                            @ConfigProperty(name = "registrar.operations.resume-at-startup", defaultValue = "true")
                            boolean atStartup) {
        this.journal = journal;
        this.dispatcher = dispatcher;
        this.atStartup = atStartup;
    }

    void onStart(@Observes StartupEvent start) {
        if (atStartup) {
            CompletableFuture.runAsync(this::run, Infrastructure.getDefaultWorkerPool());
        }
    }

    /** Returns when every resumed entry has had its attempt. */
    public void run() {
        List<Operation> interrupted = QuarkusTransaction.requiringNew().call(() -> Operation.inState(Operation.State.RUNNING));
        for (Operation op : interrupted) {
            if (op.resultCode == null || op.resultCode != REGISTRY_PENDING) {
                journal.unknown(op.id, 0, "interrupted by a restart; reconciling before any resend");
            }
        }
        List<Operation> unknown = QuarkusTransaction.requiringNew().call(() -> Operation.inState(Operation.State.UNKNOWN));
        for (Operation op : unknown) {
            try {
                dispatcher.reconcile(op.kind, op.id);
            } catch (RuntimeException e) {
                LOG.warnf("operation %d stays unknown: %s", op.id, e.getClass().getSimpleName());
            }
        }
        List<Operation> pending = QuarkusTransaction.requiringNew().call(() -> Operation.inState(Operation.State.PENDING));
        List<CompletableFuture<Void>> attempts = new ArrayList<>();
        pending.forEach(op -> attempts.add(dispatcher.dispatch(op.kind, op.id)));
        CompletableFuture.allOf(attempts.toArray(CompletableFuture[]::new)).join();
        LOG.infof("resumed operations: %d interrupted, %d reconciled, %d sent", interrupted.size(), unknown.size(),
                pending.size());
    }
}
