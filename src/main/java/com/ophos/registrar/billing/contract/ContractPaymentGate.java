package com.ophos.registrar.billing.contract;

import com.ophos.registrar.lifecycle.ContractNotPaidException;
import com.ophos.registrar.lifecycle.ContractPaymentCheck;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * R6 for the registration flow: a registration that names a contract goes to the registry only once
 * that contract, of that customer, is paid.
 */
@ApplicationScoped
public class ContractPaymentGate implements ContractPaymentCheck {

    @Override
    @Transactional
    public void requirePaid(long contractId, long customerId) {
        Contract contract = Contract.findById(contractId);
        if (contract == null || contract.customerId != customerId) {
            throw new ContractNotPaidException(contractId, "the customer has no such contract");
        }
        if (!contract.isPaid()) {
            throw new ContractNotPaidException(contractId, "its payment is not verified yet");
        }
    }
}
