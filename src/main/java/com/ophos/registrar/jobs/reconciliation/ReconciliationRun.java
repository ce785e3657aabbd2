package com.ophos.registrar.jobs.reconciliation;

import com.ophos.registrar.jobs.RunContext;
import com.ophos.registrar.jobs.RunKind;
import com.ophos.registrar.jobs.RunWork;
import com.ophos.registrar.lifecycle.model.Domain;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Daily: every domain we hold is compared with its registry ({@link ReconcileDomain}). */
@ApplicationScoped
public class ReconciliationRun implements RunWork {

    private record Item(long id, String name) {
    }

    private final ReconcileDomain reconcile;

    ReconciliationRun(ReconcileDomain reconcile) {
        this.reconcile = reconcile;
    }

    @Override
    public RunKind kind() {
        return RunKind.RECONCILIATION;
    }

    @Override
    public void perform(RunContext run) {
        List<Item> domains = QuarkusTransaction.requiringNew().call(() -> Domain.<Domain>list("order by id").stream()
                .map(d -> new Item(d.id, d.name)).toList());
        run.due(domains.size());
        for (Item domain : domains) {
            run.item(domain.name(), () -> reconcile.run(domain.id()));
        }
    }
}
