package com.ophos.registrar.lifecycle;

import com.ophos.registrar.billing.ledger.ChargeKind;
import com.ophos.registrar.billing.ledger.Ledger;
import com.ophos.registrar.billing.ledger.LedgerEntry;
import com.ophos.registrar.billing.ledger.RegistryRefund;
import com.ophos.registrar.common.NotFoundProblem;
import com.ophos.registrar.lifecycle.model.Domain;
import com.ophos.registrar.lifecycle.model.Operation;
import com.ophos.registrar.lifecycle.name.DomainName;
import com.ophos.registrar.registry.RegistryRouter;
import com.ophos.registrar.registry.spi.Fee;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * A customer's deletion through the API, through {@link DeleteDomain} (journalled, reconciled by
 * info). A name deleted inside the registry's add grace period is credited by the registry: the
 * customer gets the create charge back once, keyed by the delete's own transaction.
 */
@ApplicationScoped
public class DeleteOnRequest {
    static final String RULE = "customer-request";

    private final DeleteDomain deleteDomain;
    private final RegistryRouter router;
    private final Ledger ledger;
    private final SettlingAttempts attempts;
    private final Clock clock;

    public DeleteOnRequest(DeleteDomain deleteDomain, RegistryRouter router, Ledger ledger, SettlingAttempts attempts,
                           Clock clock) {
        this.deleteDomain = deleteDomain;
        this.router = router;
        this.ledger = ledger;
        this.attempts = attempts;
        this.clock = clock;
    }

    /** The name as the delete found it: what the add grace refund is computed from. */
    private record Deletable(String name, long customerId, String registryId, Instant createdAt) {
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
        Deletable deletable = QuarkusTransaction.requiringNew().call(() -> Domain.byName(aLabel)
                .map(d -> new Deletable(d.name, d.customerId, d.registryId, d.createdAt))
                .orElseThrow(() -> new NotFoundProblem(aLabel + " is not registered through the gateway")));
        return attempts.run("deletion of " + aLabel,
                () -> deleteDomain.run(aLabel, principal, idempotencyKey, RULE, "deleted at the customer's request"),
                result -> result.status() != DeletionResult.Status.UNSETTLED)
                .thenApply(result -> {
                    if (result.deleted()) {
                        refundInAddGrace(deletable, result.operationId());
                    }
                    return result;
                });
    }

    private static boolean finished(Operation op) {
        return op.state == Operation.State.SUCCEEDED || op.state == Operation.State.FAILED;
    }

    private void refundInAddGrace(Deletable deleted, long deleteOperationId) {
        var grace = router.byId(deleted.registryId()).orElseThrow().policy().grace().addGrace();
        Operation delete = QuarkusTransaction.requiringNew().call(() -> Operation.<Operation>findById(deleteOperationId));
        Instant deletedAt = delete.finishedAt != null ? delete.finishedAt : Instant.now(clock);
        if (deleted.createdAt() == null || deletedAt.isAfter(deleted.createdAt().plus(grace))) {
            return;
        }
        Optional<LedgerEntry> createCharge = QuarkusTransaction.requiringNew().call(() -> LedgerEntry.<LedgerEntry>find(
                "customerId = ?1 and domain = ?2 and kind = ?3 order by id desc", deleted.customerId(), deleted.name(),
                ChargeKind.REGISTRY_CREATE).firstResultOptional());
        createCharge.ifPresent(charge -> {
            // Without the registry's svTRID (outcome learnt by info) our clTRID keys the credit: still once.
            String transaction = delete.svTRID != null && !delete.svTRID.isBlank()
                    ? delete.svTRID : "reconciled-" + delete.clTRID;
            QuarkusTransaction.requiringNew().run(() -> ledger.recordRefund(new RegistryRefund(deleted.customerId(),
                    deleted.name(), deleteOperationId, deleted.registryId(), new Fee(charge.amount, charge.currency),
                    delete.clTRID, transaction, deletedAt)));
        });
    }
}
