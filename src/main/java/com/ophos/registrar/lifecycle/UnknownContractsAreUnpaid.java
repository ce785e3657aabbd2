package com.ophos.registrar.lifecycle;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Without a billing module the gateway knows no contract, so none can be shown to be paid: every
 * contract id is refused (R6). Replaced by billing's {@link ContractPaymentCheck} bean.
 */
@DefaultBean
@ApplicationScoped
public class UnknownContractsAreUnpaid implements ContractPaymentCheck {
    @Override
    public void requirePaid(long contractId, long customerId) {
        throw new ContractNotPaidException(contractId, "no such contract is known");
    }
}
