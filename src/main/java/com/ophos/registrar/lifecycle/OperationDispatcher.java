package com.ophos.registrar.lifecycle;

import com.ophos.registrar.lifecycle.change.AnswerTransferAway;
import com.ophos.registrar.lifecycle.change.SyncExpiry;
import com.ophos.registrar.lifecycle.change.UpdateDomain;
import com.ophos.registrar.lifecycle.journal.OperationJournal;
import com.ophos.registrar.lifecycle.model.Operation;
import com.ophos.registrar.lifecycle.restore.RestoreDomain;
import com.ophos.registrar.lifecycle.transfer.TransferDomainIn;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletableFuture;
import org.jboss.logging.Logger;

/**
 * Runs journalled operations on the worker pool, off the request thread. The journal's claim decides
 * who sends; this class only chooses the flow for the operation's kind.
 */
@ApplicationScoped
public class OperationDispatcher {
    private static final Logger LOG = Logger.getLogger(OperationDispatcher.class);

    private final ExecuteDomainCreate domainCreate;
    private final RenewDomain renewDomain;
    private final DeleteDomain deleteDomain;
    private final OperationJournal journal;
    private final SettlingAttempts attempts;
    private final PropagateContactChange contactChange;
    private final ChangeHolderAtRegistry holderChange;
    private final UpdateDomain updateDomain;
    private final AnswerTransferAway answerTransferAway;
    private final TransferDomainIn transferDomainIn;
    private final SyncExpiry syncExpiry;
    private final RestoreDomain restoreDomain;

    public OperationDispatcher(ExecuteDomainCreate domainCreate, RenewDomain renewDomain, DeleteDomain deleteDomain,
                               OperationJournal journal, SettlingAttempts attempts,
                               PropagateContactChange contactChange, ChangeHolderAtRegistry holderChange,
                               UpdateDomain updateDomain, AnswerTransferAway answerTransferAway,
                               TransferDomainIn transferDomainIn, SyncExpiry syncExpiry, RestoreDomain restoreDomain) {
        this.restoreDomain = restoreDomain;
        this.syncExpiry = syncExpiry;
        this.transferDomainIn = transferDomainIn;
        this.updateDomain = updateDomain;
        this.answerTransferAway = answerTransferAway;
        this.domainCreate = domainCreate;
        this.journal = journal;
        this.attempts = attempts;
        this.renewDomain = renewDomain;
        this.deleteDomain = deleteDomain;
        this.contactChange = contactChange;
        this.holderChange = holderChange;
    }

    /** Settles an entry of unknown outcome with the registry (info / query) before anything is resent. */
    public void reconcile(Operation.Kind kind, long operationId) {
        switch (kind) {
            case DOMAIN_CREATE -> domainCreate.reconcile(operationId);
            case DOMAIN_RENEW -> renewDomain.reconcile(operationId);
            case DOMAIN_DELETE -> deleteDomain.reconcile(operationId);
            case CONTACT_UPDATE -> contactChange.reconcile(operationId);
            case DOMAIN_HOLDER_CHANGE -> {
                holderChange.reconcile(operationId);
                contactChange.holderChangeMoved(operationId);
            }
            case DOMAIN_UPDATE, DOMAIN_AUTH_CODE -> updateDomain.reconcile(operationId);
            case TRANSFER_AWAY_APPROVE, TRANSFER_AWAY_REJECT -> answerTransferAway.reconcile(operationId);
            case DOMAIN_TRANSFER_IN -> transferDomainIn.reconcile(operationId);
            case DOMAIN_EXPIRY_SYNC -> syncExpiry.reconcile(operationId);
            case DOMAIN_RESTORE -> restoreDomain.reconcile(operationId);
        }
    }

    /** One reconciliation of an entry of unknown outcome; the state it leaves the entry in. */
    public Operation.State reconciled(Operation.Kind kind, long operationId) {
        reconcile(kind, operationId);
        return journal.find(operationId).map(entry -> entry.state).orElseThrow();
    }

    /**
     * After reconciling: only an entry the registry never took is back in the queue ({@code PENDING}),
     * and only that one is sent again, with the same clTRID. Completes when that attempt is over.
     */
    public CompletableFuture<Void> resendIfNeverTaken(Operation.Kind kind, long operationId,
                                                      Operation.State reconciled) {
        return reconciled == Operation.State.PENDING ? dispatch(kind, operationId)
                : CompletableFuture.completedFuture(null);
    }

    /**
     * A create the registry could not take (nothing sent: registry down, circuit open) is requeued by
     * its flow; it is tried again until it leaves the queue or patience runs out (then the restart
     * resume takes it up).
     */
    private CompletableFuture<Void> createOnceTheRegistryTakesIt(long operationId) {
        return attempts.run("domain create " + operationId, () -> {
            domainCreate.run(operationId);
            return journal.find(operationId).map(op -> op.state).orElseThrow();
        }, state -> state != Operation.State.PENDING).handle((state, failure) -> {
            if (failure != null) {
                LOG.errorf("operation %d: %s", operationId, failure.getClass().getName());
            }
            return null;
        });
    }

    /** Completes when the attempt is over (whatever its outcome); never completes exceptionally. */
    public CompletableFuture<Void> dispatch(Operation.Kind kind, long operationId) {
        if (kind == Operation.Kind.DOMAIN_CREATE) {
            return createOnceTheRegistryTakesIt(operationId);
        }
        return CompletableFuture.runAsync(() -> {
            try {
                switch (kind) {
                    case DOMAIN_RENEW -> renewDomain.resume(operationId);
                    case DOMAIN_DELETE -> deleteDomain.resume(operationId);
                    case CONTACT_UPDATE -> contactChange.run(operationId);
                    case DOMAIN_HOLDER_CHANGE -> {
                        holderChange.advance(operationId);
                        contactChange.holderChangeMoved(operationId);
                    }
                    case DOMAIN_UPDATE, DOMAIN_AUTH_CODE -> updateDomain.resume(operationId);
                    case TRANSFER_AWAY_APPROVE, TRANSFER_AWAY_REJECT -> answerTransferAway.resume(operationId);
                    case DOMAIN_TRANSFER_IN -> transferDomainIn.resume(operationId);
                    case DOMAIN_EXPIRY_SYNC -> syncExpiry.resume(operationId);
                    case DOMAIN_RESTORE -> restoreDomain.resume(operationId);
                }
            } catch (RuntimeException e) {
                LOG.errorf("operation %d: %s", operationId, e.getClass().getName());
            }
        }, Infrastructure.getDefaultWorkerPool());
    }
}
