package com.ophos.registrar.jobs;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The daily (and poll) schedules. With Quartz's clustered JDBC store a trigger fires on one
 * instance only; the item claims still protect against overlaps (a manual run during a scheduled one).
 */
@ApplicationScoped
public class RunSchedules {
    private static final String SCHEDULER = "scheduler";

    private final RunLauncher launcher;

    RunSchedules(RunLauncher launcher) {
        this.launcher = launcher;
    }

    @Scheduled(identity = "renewal-run", cron = "${registrar.runs.renewal.cron}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void renewal() {
        launcher.runNow(RunKind.RENEWAL, JobRun.Trigger.SCHEDULE, SCHEDULER);
    }

    @Scheduled(identity = "notices-run", cron = "${registrar.runs.notices.cron}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void notices() {
        launcher.runNow(RunKind.NOTICES, JobRun.Trigger.SCHEDULE, SCHEDULER);
    }

    @Scheduled(identity = "release-run", cron = "${registrar.runs.release.cron}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void release() {
        launcher.runNow(RunKind.RELEASE, JobRun.Trigger.SCHEDULE, SCHEDULER);
    }

    @Scheduled(identity = "poll-run", cron = "${registrar.runs.poll.cron}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        launcher.runNow(RunKind.POLL, JobRun.Trigger.SCHEDULE, SCHEDULER);
    }

    @Scheduled(identity = "reconciliation-run", cron = "${registrar.runs.reconciliation.cron}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void reconciliation() {
        launcher.runNow(RunKind.RECONCILIATION, JobRun.Trigger.SCHEDULE, SCHEDULER);
    }

    @Scheduled(identity = "settle-run", cron = "${registrar.runs.settle.cron}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void settle() {
        launcher.runNow(RunKind.SETTLE, JobRun.Trigger.SCHEDULE, SCHEDULER);
    }
}
