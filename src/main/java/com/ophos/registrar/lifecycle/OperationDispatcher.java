package com.ophos.registrar.lifecycle;

import com.ophos.registrar.lifecycle.model.Operation;
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

    public OperationDispatcher(ExecuteDomainCreate domainCreate) {
        this.domainCreate = domainCreate;
    }

    /** Completes when the attempt is over (whatever its outcome); never completes exceptionally. */
    public CompletableFuture<Void> dispatch(Operation.Kind kind, long operationId) {
        return CompletableFuture.runAsync(() -> {
            try {
                switch (kind) {
                    case DOMAIN_CREATE -> domainCreate.run(operationId);
                }
            } catch (RuntimeException e) {
                LOG.errorf("operation %d: %s", operationId, e.getClass().getName());
            }
        }, Infrastructure.getDefaultWorkerPool());
    }
}
