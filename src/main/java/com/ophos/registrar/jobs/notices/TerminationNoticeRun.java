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
import java.util.ArrayList;
import java.util.List;

/**
 * R15: a contract ending on day D (UTC) gets its notices on D-5, D-4, D-3, D-2 and D-1, each
 * exactly once however often the run runs.
 *
 * <p>Catch-up: a notice whose day passed while no run sent it (the gateway was down) is still owed
 * until the contract ends. The next run sends every missed notice, oldest first, marked late, then
 * the one of the day. Days before the termination was requested owe nothing: a customer who
 * terminates at D-3 never hears "D-5". Once the contract has ended, nothing is sent any more.
 */
@ApplicationScoped
public class TerminationNoticeRun implements RunWork {

    private record Due(long contractId, int daysBefore, boolean late) {
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
        // In order, one at a time: a customer's late notices must arrive oldest first.
        for (Due notice : due) {
            run.item("contract-" + notice.contractId() + ":D-" + notice.daysBefore(),
                    () -> send.run(notice.contractId(), notice.daysBefore(), notice.late(), now));
        }
    }

    private List<Due> due(Instant now) {
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        int first = config.notices().firstDayBefore();
        List<Due> due = new ArrayList<>();
        for (Contract contract : Contract.<Contract>list("status = ?1 and endsAt > ?2 and endsAt <= ?3 "
                        + "order by endsAt, id", ContractStatus.TERMINATION_REQUESTED, now,
                now.plus(Duration.ofDays(first + 1)))) {
            LocalDate end = LocalDate.ofInstant(contract.endsAt, ZoneOffset.UTC);
            LocalDate requested = contract.terminationRequestedAt == null ? LocalDate.MIN
                    : LocalDate.ofInstant(contract.terminationRequestedAt, ZoneOffset.UTC);
            for (int daysBefore = first; daysBefore >= 1; daysBefore--) {
                LocalDate day = end.minusDays(daysBefore);
                if (!day.isAfter(today) && !day.isBefore(requested)
                        && !TerminationNotice.sent(contract.id, daysBefore)) {
                    due.add(new Due(contract.id, daysBefore, day.isBefore(today)));
                }
            }
        }
        return due;
    }
}
