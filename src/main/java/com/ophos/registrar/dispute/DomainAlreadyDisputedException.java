package com.ophos.registrar.dispute;

import com.ophos.registrar.common.ConflictException;
import java.util.List;

/** One active case per domain, so that locks and holds have a single owner (R3). */
public class DomainAlreadyDisputedException extends ConflictException {
    public DomainAlreadyDisputedException(DisputeCase active) {
        super("R3", List.of("domain"), "domain " + active.domain + " is already under dispute case " + active.id
                + " (" + active.state + ")");
    }
}
