package com.ophos.registrar.billing.contract;

import com.ophos.registrar.common.InvalidInputException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;

/** R14 (support): on a breach of the terms the company may change the contract's duration without notice. */
@ApplicationScoped
public class ChangeTermForBreach {

    @Transactional
    public Contract run(long contractId, Instant newTermEnd, String reason, String actor, Instant now) {
        Contract contract = Contract.require(contractId);
        if (newTermEnd == null) {
            throw new InvalidInputException("termEndsAt", "the new end of term is required (R14)");
        }
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", "the breach must be stated (R14)");
        }
        if (contract.status != ContractStatus.ACTIVE && contract.status != ContractStatus.TERMINATION_REQUESTED) {
            throw new ContractStateException("R14", contract, "change its duration");
        }
        Instant before = contract.termEndsAt;
        contract.termEndsAt = newTermEnd;
        if (contract.status == ContractStatus.TERMINATION_REQUESTED) {
            contract.endsAt = newTermEnd;
        }
        ContractAudit.record(contractId, "CHANGE_TERM", "R14", actor, reason,
                "term end " + before + " -> " + newTermEnd, now);
        return contract;
    }
}
