package com.ophos.registrar.billing.contract;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;

/**
 * The customer's termination: an active contract runs to the end of its term and is not renewed,
 * which is also how a customer opposes a price increase (R7); an order not yet activated ends now.
 */
@ApplicationScoped
public class TerminateContract {

    @Transactional
    public Contract run(long contractId, Instant now) {
        Contract contract = Contract.require(contractId);
        switch (contract.status) {
            case ACTIVE -> {
                contract.status = ContractStatus.TERMINATION_REQUESTED;
                contract.endsAt = contract.termEndsAt;
            }
            case ORDERED -> {
                contract.status = ContractStatus.CANCELLED;
                contract.endsAt = now;
            }
            default -> throw new ContractStateException(null, contract, "terminate");
        }
        contract.terminationRequestedAt = now;
        return contract;
    }
}
