package com.ophos.registrar.dispute;

import com.ophos.registrar.common.NotFoundProblem;
import com.ophos.registrar.dns.WebAccess;
import com.ophos.registrar.dns.WebAccessSuspension;
import jakarta.enterprise.context.ApplicationScoped;

/** The company-DNS half of stopping and restoring a site (R3, R22), on the timeline like registry commands. */
@ApplicationScoped
public class WebAccessSteps {
    static final String STOP = "dns:web-stop";
    static final String RESTORE = "dns:web-restore";

    private final WebAccess webAccess;
    private final DisputeCases cases;
    private final ActionSteps steps;

    public WebAccessSteps(WebAccess webAccess, DisputeCases cases, ActionSteps steps) {
        this.webAccess = webAccess;
        this.cases = cases;
        this.steps = steps;
    }

    public void stop(ActionRun run, DisputeCase disputeCase) {
        try {
            WebAccessSuspension suspension = webAccess.stop(disputeCase.domain,
                    "dispute case " + disputeCase.id + ": " + run.reason());
            cases.record(run.caseId(), run.action(), run.actor(), run.reason(),
                    StepRecord.done(STOP, "apex and www point to the suspension page (suspension " + suspension.id + ")"),
                    stopped -> stopped.dnsSuspended = true);
        } catch (NotFoundProblem notHostedHere) {
            // A zone served elsewhere is stopped by the registry hold alone.
            cases.record(run.caseId(), run.action(), run.actor(), run.reason(),
                    StepRecord.done(STOP, "not suspended: " + notHostedHere.getMessage()));
        } catch (RuntimeException dnsFailure) {
            throw steps.failed(run, STOP, dnsFailure.getClass().getSimpleName() + ": " + dnsFailure.getMessage());
        }
    }

    public void restore(ActionRun run, DisputeCase disputeCase) {
        try {
            WebAccessSuspension restored = webAccess.restore(disputeCase.domain);
            cases.record(run.caseId(), run.action(), run.actor(), run.reason(),
                    StepRecord.done(RESTORE, "saved web records put back (suspension " + restored.id + ")"),
                    back -> back.dnsSuspended = false);
        } catch (RuntimeException dnsFailure) {
            throw steps.failed(run, RESTORE, dnsFailure.getClass().getSimpleName() + ": " + dnsFailure.getMessage());
        }
    }
}
