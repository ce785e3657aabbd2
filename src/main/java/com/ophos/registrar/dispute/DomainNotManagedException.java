package com.ophos.registrar.dispute;

import com.ophos.registrar.common.NotFoundProblem;

/** A case is opened only on a name the gateway manages for a customer. */
public class DomainNotManagedException extends NotFoundProblem {
    public DomainNotManagedException(String domain) {
        super("the gateway manages no domain " + domain);
    }
}
