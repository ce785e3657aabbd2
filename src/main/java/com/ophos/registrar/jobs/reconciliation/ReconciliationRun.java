package com.ophos.registrar.jobs.reconciliation;

import com.ophos.registrar.jobs.RunContext;
import com.ophos.registrar.jobs.RunKind;
import com.ophos.registrar.jobs.RunWork;
import com.ophos.registrar.jobs.ItemResult;
import com.ophos.registrar.lifecycle.model.Domain;
import com.ophos.registrar.lifecycle.model.Operation;
import com.ophos.registrar.lifecycle.transfer.TransferDomainIn;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * Daily: every domain we hold is compared with its registry ({@link ReconcileDomain}), and every
 * transfer in still waiting for the losing registrar is asked about (a missed poll message must not
 * leave it pending forever).
 */
@ApplicationScoped
public class ReconciliationRun implements RunWork {

    private record Item(long id, String name) {
    }

    private record Transfer(long operationId, String name) {
    }

    private final ReconcileDomain reconcile;
    private final TransferDomainIn transferDomainIn;

    ReconciliationRun(ReconcileDomain reconcile, TransferDomainIn transferDomainIn) {
        this.reconcile = reconcile;
        this.transferDomainIn = transferDomainIn;
    }

    @Override
    public RunKind kind() {
        return RunKind.RECONCILIATION;
    }

    @Override
    public void perform(RunContext run) {
        List<Item> domains = QuarkusTransaction.requiringNew().call(() -> Domain.<Domain>list("order by id").stream()
                .map(d -> new Item(d.id, d.name)).toList());
        List<Transfer> transfers = QuarkusTransaction.requiringNew().call(() -> Operation.<Operation>list(
                "kind = ?1 and state = ?2 order by id", Operation.Kind.DOMAIN_TRANSFER_IN, Operation.State.RUNNING)
                .stream().map(op -> new Transfer(op.id, op.domain)).toList());
        run.due(domains.size() + transfers.size());
        for (Item domain : domains) {
            run.item(domain.name(), () -> reconcile.run(domain.id()));
        }
        for (Transfer transfer : transfers) {
            run.item("transfer-in:" + transfer.name(), () -> {
                var result = transferDomainIn.reconcile(transfer.operationId());
                return ItemResult.done("transfer in " + transfer.operationId() + ": " + result.status());
            });
        }
    }
}
