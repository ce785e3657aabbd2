package com.ophos.registrar.jobs.release;

import com.ophos.registrar.billing.contract.Contract;
import com.ophos.registrar.billing.contract.ContractStatus;
import com.ophos.registrar.jobs.RunContext;
import com.ophos.registrar.jobs.RunKind;
import com.ophos.registrar.jobs.RunWork;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/** R15: from the day after a terminated contract's end (D+1, UTC), its account is released ({@link ReleaseAccount}). */
@ApplicationScoped
public class ReleaseRun implements RunWork {

    private record Due(long contractId, String domain) {
    }

    private final ReleaseAccount release;

    ReleaseRun(ReleaseAccount release) {
        this.release = release;
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
        for (Due contract : due) {
            run.item(contract.domain(), () -> release.run(contract.contractId(), now));
        }
    }

    /** Ended before today (UTC): today is at least D+1. Contracts already closed are left out. */
    private static List<Due> due(Instant now) {
        Instant startOfToday = LocalDate.ofInstant(now, ZoneOffset.UTC).atStartOfDay(ZoneOffset.UTC).toInstant();
        return Contract.<Contract>list("status = ?1 and endsAt < ?2 and id not in "
                                + "(select c.contractId from AccountClosure c) order by endsAt, id",
                        ContractStatus.TERMINATION_REQUESTED, startOfToday).stream()
                .map(c -> new Due(c.id, c.domain))
                .toList();
    }
}
