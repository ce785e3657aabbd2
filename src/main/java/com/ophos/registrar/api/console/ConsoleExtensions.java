package com.ophos.registrar.api.console;

import com.ophos.registrar.dispute.DisputeCase;
import io.quarkus.qute.TemplateExtension;
import java.time.Instant;

/** What the console's templates ask of a case beyond its fields. */
@TemplateExtension
final class ConsoleExtensions {
    private ConsoleExtensions() {
    }

    /** An active case past its decision deadline: shown in red on the dashboard. */
    static boolean overdue(DisputeCase disputeCase) {
        return disputeCase.deadline != null && !disputeCase.state.isFinal() && disputeCase.deadline.isBefore(Instant.now());
    }
}
