package com.ophos.registrar.api.runs;

import com.ophos.registrar.jobs.JobRun;
import com.ophos.registrar.jobs.RunOutcome;
import java.time.Instant;
import java.util.List;

/**
 * A run as the API shows it. {@code progress} is the share of due items handled so far (0..1), so a
 * caller can follow a run while it runs; {@code outcomes} lists each item (only on a single run).
 */
public record RunView(long id, String kind, String state, String trigger, String requestedBy, String instance,
                      String period, Instant createdAt, Instant startedAt, Instant finishedAt, Counts counts,
                      double progress, String error, List<Outcome> outcomes) {

    public record Counts(int due, int done, int skipped, int failed) {
    }

    public record Outcome(String item, String outcome, String detail, Instant at) {
    }

    static RunView of(JobRun run, List<RunOutcome> outcomes) {
        int handled = run.done + run.skipped + run.failed;
        double progress = run.state == JobRun.State.FINISHED ? 1.0 : run.due == 0 ? 0.0 : Math.min(1.0, (double) handled / run.due);
        return new RunView(run.id, run.kind.path(), run.state.name().toLowerCase(), run.trigger.name().toLowerCase(),
                run.requestedBy, run.instanceId, run.periodKey, run.createdAt, run.startedAt, run.finishedAt,
                new Counts(run.due, run.done, run.skipped, run.failed), progress, run.error,
                outcomes == null ? null : outcomes.stream()
                        .map(o -> new Outcome(o.itemKey, o.outcome.name().toLowerCase(), o.detail, o.at)).toList());
    }
}
