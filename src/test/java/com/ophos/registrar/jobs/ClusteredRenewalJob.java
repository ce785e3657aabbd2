package com.ophos.registrar.jobs;

import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.quartz.SchedulerException;

/**
 * A renewal run fired by whichever scheduler of the cluster acquires the trigger: it runs on that
 * instance's launcher (by the scheduler's instance id) and notes the run it made. Any scheduler of
 * the cluster may instantiate it, so it is wired through static maps the test fills and empties.
 */
public class ClusteredRenewalJob implements Job {
    static final Map<String, RunLauncher> LAUNCHERS = new ConcurrentHashMap<>();
    static final Queue<Fired> FIRED = new ConcurrentLinkedQueue<>();

    /** One firing: the trigger, the scheduler instance that ran it, the run it made (null if it failed). */
    record Fired(String trigger, String schedulerInstance, JobRun run, String error) {
    }

    @Override
    public void execute(JobExecutionContext context) throws JobExecutionException {
        String trigger = context.getTrigger().getKey().getName();
        String instance;
        try {
            instance = context.getScheduler().getSchedulerInstanceId();
        } catch (SchedulerException e) {
            throw new JobExecutionException(e);
        }
        RunLauncher launcher = LAUNCHERS.get(instance);
        if (launcher == null) {
            FIRED.add(new Fired(trigger, instance, null, "no launcher for scheduler instance " + instance));
            return;
        }
        try {
            FIRED.add(new Fired(trigger, instance,
                    launcher.runNow(RunKind.RENEWAL, JobRun.Trigger.SCHEDULE, "scheduler"), null));
        } catch (RuntimeException e) {
            FIRED.add(new Fired(trigger, instance, null, e.toString()));
        }
    }
}
