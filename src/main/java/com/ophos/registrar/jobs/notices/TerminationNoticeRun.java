package com.ophos.registrar.jobs.notices;

import com.ophos.registrar.billing.contract.Contract;
import com.ophos.registrar.billing.contract.ContractStatus;
import com.ophos.registrar.jobs.RunContext;
import com.ophos.registrar.jobs.RunKind;
import com.ophos.registrar.jobs.RunWork;
import com.ophos.registrar.jobs.RunsConfig;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * R15: each contract ending in 1..5 days (UTC calendar days) gets that day's notice, D-5, D-4, D-3,
 * D-2 and D-1, each exactly once however often the run runs.
 */
@ApplicationScoped
public class TerminationNoticeRun implements RunWork {

    private record Due(long contractId, int daysBefore) {
    }

    private final SendTerminationNotice send;
    private final RunsConfig config;

    TerminationNoticeRun(SendTerminationNotice send, RunsConfig config) {
        this.send = send;
        this.config = config;
    }

    @Override
    public RunKind kind() {
        return RunKind.NOTICES;
    }

    @Override
    public void perform(RunContext run) {
        Instant now = run.now();
        List<Due> due = QuarkusTransaction.requiringNew().call(() -> due(now));
        run.due(due.size());
        for (Due notice : due) {
            run.item("contract-" + notice.contractId() + ":D-" + notice.daysBefore(),
                    () -> send.run(notice.contractId(), notice.daysBefore(), now));
        }
    }

    private List<Due> due(Instant now) {
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        int first = config.notices().firstDayBefore();
        return Contract.<Contract>list("status = ?1 and endsAt > ?2 and endsAt <= ?3 order by endsAt, id",
                        ContractStatus.TERMINATION_REQUESTED, now, now.plus(Duration.ofDays(first + 1))).stream()
                .map(c -> new Due(c.id, (int) ChronoUnit.DAYS.between(today, LocalDate.ofInstant(c.endsAt, ZoneOffset.UTC))))
                .filter(d -> d.daysBefore() >= 1 && d.daysBefore() <= first)
                .toList();
    }
}
