package com.ophos.registrar.billing.contract;

import com.ophos.registrar.common.ConflictException;
import java.util.List;

/** The contract is not in a state that allows the action (409). */
public class ContractStateException extends ConflictException {
    public ContractStateException(String rule, Contract contract, String action) {
        super(rule, List.of("contractId"), "contract " + contract.id + " is " + contract.status
                + (contract.suspended ? " (suspended)" : "") + ": cannot " + action);
    }
}
