package com.ophos.registrar.dispute;

import com.ophos.registrar.common.NotFoundProblem;

public class CustomerNotFoundException extends NotFoundProblem {
    public CustomerNotFoundException(long customerId) {
        super("no customer " + customerId);
    }
}
