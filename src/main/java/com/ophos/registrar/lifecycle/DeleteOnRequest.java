package com.ophos.registrar.lifecycle;

import com.ophos.registrar.common.NotFoundProblem;
import com.ophos.registrar.lifecycle.model.Domain;
import com.ophos.registrar.lifecycle.model.Operation;
import com.ophos.registrar.lifecycle.name.DomainName;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * A customer's deletion through the API, through {@link DeleteDomain} (journalled, reconciled by
 * info, the add grace refund recorded with the delete itself).
 */
@ApplicationScoped
public class DeleteOnRequest {
    static final String RULE = "customer-request";

    private final DeleteDomain deleteDomain;
    private final SettlingAttempts attempts;

    public DeleteOnRequest(DeleteDomain deleteDomain, SettlingAttempts attempts) {
        this.deleteDomain = deleteDomain;
        this.attempts = attempts;
    }

    public CompletableFuture<DeletionResult> run(String name, String principal, String idempotencyKey) {
        String aLabel = DomainName.parse(name).aLabel();
        Optional<Operation> earlier = QuarkusTransaction.requiringNew()
                .call(() -> Operation.byIdempotencyKey(principal, idempotencyKey));
        if (earlier.isPresent() && finished(earlier.get())) {
            // The name is gone from our table once deleted: a replay answers from the journal.
            Operation op = earlier.get();
            if (op.kind != Operation.Kind.DOMAIN_DELETE || !aLabel.equals(op.domain)) {
                throw new IdempotencyKeyReusedException();
            }
            return CompletableFuture.completedFuture(new DeletionResult(op.state == Operation.State.SUCCEEDED
                    ? DeletionResult.Status.DELETED : DeletionResult.Status.REFUSED, op.id, op.resultMessage));
        }
        if (QuarkusTransaction.requiringNew().call(() -> Domain.byName(aLabel)).isEmpty()) {
            throw new NotFoundProblem(aLabel + " is not registered through the gateway");
        }
        return attempts.run("deletion of " + aLabel,
                () -> deleteDomain.run(aLabel, principal, idempotencyKey, RULE, "deleted at the customer's request"),
                result -> result.status() != DeletionResult.Status.UNSETTLED);
    }

    private static boolean finished(Operation op) {
        return op.state == Operation.State.SUCCEEDED || op.state == Operation.State.FAILED;
    }
}
