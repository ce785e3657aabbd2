package com.ophos.registrar.dispute;

import com.ophos.registrar.common.NotFoundProblem;

public class DisputeNotFoundException extends NotFoundProblem {
    public DisputeNotFoundException(long id) {
        super("no dispute case " + id);
    }
}
