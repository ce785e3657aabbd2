package com.ophos.registrar.lifecycle;

/**
 * R6: tells whether a contract's payment is verified before its domain is created. Billing provides
 * the real implementation; until then {@link UnknownContractsAreUnpaid} refuses every contract id.
 */
public interface ContractPaymentCheck {

    /** Returns when the contract belongs to the customer and is paid; otherwise throws (422, R6). */
    void requirePaid(long contractId, long customerId);
}
