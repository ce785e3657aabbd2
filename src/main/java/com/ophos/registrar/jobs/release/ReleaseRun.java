package com.ophos.registrar.jobs.release;

import com.ophos.registrar.billing.contract.Contract;
import com.ophos.registrar.billing.contract.ContractStatus;
import com.ophos.registrar.jobs.RegistryLanes;
import com.ophos.registrar.jobs.RunContext;
import com.ophos.registrar.jobs.RunKind;
import com.ophos.registrar.jobs.RunWork;
import com.ophos.registrar.lifecycle.model.Domain;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * R15: from the day after a terminated contract's end (D+1, UTC), its account is released
 * ({@link ReleaseAccount}), concurrently within each registry's lane ({@link RegistryLanes}).
 */
@ApplicationScoped
public class ReleaseRun implements RunWork {

    private record Due(long contractId, String domain, String registryId) {
    }

    private final ReleaseAccount release;
    private final RegistryLanes lanes;

    ReleaseRun(ReleaseAccount release, RegistryLanes lanes) {
        this.release = release;
        this.lanes = lanes;
    }

    @Override
    public RunKind kind() {
        return RunKind.RELEASE;
    }

    @Override
    public void perform(RunContext run) {
        Instant now = run.now();
        List<Due> due = QuarkusTransaction.requiringNew().call(() -> due(now));
        run.due(due.size());
        run.items(due.stream()
                .map(contract -> new RunContext.Item(contract.domain(), contract.registryId(),
                        () -> release.run(contract.contractId(), now)))
                .toList(), lanes::width);
    }

    /** Ended before today (UTC): today is at least D+1. Contracts already closed are left out. */
    private static List<Due> due(Instant now) {
        Instant startOfToday = LocalDate.ofInstant(now, ZoneOffset.UTC).atStartOfDay(ZoneOffset.UTC).toInstant();
        return Contract.<Contract>list("status = ?1 and endsAt < ?2 and id not in "
                                + "(select c.contractId from AccountClosure c) order by endsAt, id",
                        ContractStatus.TERMINATION_REQUESTED, startOfToday).stream()
                .map(c -> new Due(c.id, c.domain, Domain.byName(c.domain).map(d -> d.registryId)
                        .orElse(RegistryLanes.NO_REGISTRY)))
                .toList();
    }
}
