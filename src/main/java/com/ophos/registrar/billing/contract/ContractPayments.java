package com.ophos.registrar.billing.contract;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** R6: whether a contract's order is paid. */
@ApplicationScoped
public class ContractPayments {

    @Transactional
    public boolean isPaid(long contractId) {
        return Contract.require(contractId).isPaid();
    }
}
