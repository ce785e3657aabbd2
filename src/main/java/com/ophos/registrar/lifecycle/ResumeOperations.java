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
import java.util.concurrent.CompletionException;
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
    private final SettlingAttempts settling;
    private final boolean atStartup;

    public ResumeOperations(OperationJournal journal, OperationDispatcher dispatcher, SettlingAttempts settling,
                            @ConfigProperty(name = "registrar.operations.resume-at-startup", defaultValue = "true")
                            boolean atStartup) {
        this.journal = journal;
        this.dispatcher = dispatcher;
        this.settling = settling;
        this.atStartup = atStartup;
    }

    void onStart(@Observes StartupEvent start) {
        if (atStartup) {
            CompletableFuture.runAsync(this::run, Infrastructure.getDefaultWorkerPool());
        }
    }

    /**
     * Returns when every resumed entry has had its attempt. Reconciling one entry never holds up the
     * others: each unknown entry is settled on its own and resent only if the registry never took it.
     */
    public void run() {
        List<Operation> interrupted = QuarkusTransaction.requiringNew().call(() -> Operation.inState(Operation.State.RUNNING));
        for (Operation op : interrupted) {
            if (op.resultCode == null || op.resultCode != REGISTRY_PENDING) {
                journal.unknown(op.id, 0, "interrupted by a restart; reconciling before any resend");
            }
        }
        List<Operation> unknown = QuarkusTransaction.requiringNew().call(() -> Operation.inState(Operation.State.UNKNOWN));
        List<Operation> pending = QuarkusTransaction.requiringNew().call(() -> Operation.inState(Operation.State.PENDING));
        List<CompletableFuture<Void>> attempts = new ArrayList<>();
        unknown.forEach(op -> attempts.add(reconcileThenResend(op)));
        pending.forEach(op -> attempts.add(dispatcher.dispatch(op.kind, op.id)));
        CompletableFuture.allOf(attempts.toArray(CompletableFuture[]::new)).join();
        LOG.infof("resumed operations: %d interrupted, %d reconciled, %d sent", interrupted.size(), unknown.size(),
                pending.size());
    }

    /**
     * Right after a crash the registry may not answer yet (the dead instance's session leases have not
     * expired, the registry is down): reconciliation is retried like any settling attempt, never replaced
     * by a resend. Only an entry the registry never took goes back to the queue and is sent again.
     */
    private CompletableFuture<Void> reconcileThenResend(Operation op) {
        return settling.run("reconciliation of operation " + op.id, () -> dispatcher.reconciled(op.kind, op.id),
                        state -> state != Operation.State.UNKNOWN)
                .handle((state, failure) -> {
                    if (failure != null) {
                        LOG.warnf("operation %d stays unknown: %s", op.id, rootClass(failure));
                        return Operation.State.UNKNOWN;
                    }
                    return state;
                })
                .thenCompose(state -> dispatcher.resendIfNeverTaken(op.kind, op.id, state));
    }

    private static String rootClass(Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                ? failure.getCause() : failure;
        return cause.getClass().getSimpleName();
    }
}
