package com.ophos.registrar.billing.contract;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * R6 for the registration flow: a registration that names a contract goes to the registry only
 * once that contract is paid. Meant to back the core's {@code lifecycle.ContractPaymentCheck}.
 */
@ApplicationScoped
public class ContractPaymentGate {

    private final ContractPayments payments;

    ContractPaymentGate(ContractPayments payments) {
        this.payments = payments;
    }

    /** @throws ContractNotPaidException (422, R6) when unpaid; NotFoundProblem when there is no such contract */
    public void requirePaid(long contractId) {
        if (!payments.isPaid(contractId)) {
            throw new ContractNotPaidException(contractId);
        }
    }
}
