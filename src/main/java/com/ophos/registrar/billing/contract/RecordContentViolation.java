package com.ophos.registrar.billing.contract;

import com.ophos.registrar.billing.ledger.CompanyFee;
import com.ophos.registrar.billing.ledger.Ledger;
import com.ophos.registrar.billing.ledger.LedgerEntry;
import com.ophos.registrar.common.InvalidInputException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;

/**
 * R22 (support): a content violation terminates the contract within 24 hours, without refund, and
 * costs the penalty (500.00 EUR excl. tax by default) once per recorded violation.
 */
@ApplicationScoped
public class RecordContentViolation {

    private static final Duration TERMINATION_DELAY = Duration.ofHours(24);

    private final Ledger ledger;

    RecordContentViolation(Ledger ledger) {
        this.ledger = ledger;
    }

    @Transactional
    public LedgerEntry run(long contractId, String violationReference, String reason, String actor, Instant now) {
        Contract contract = Contract.require(contractId);
        if (violationReference == null || violationReference.isBlank() || violationReference.length() > 100) {
            throw new InvalidInputException("violationReference", "the violation's reference (1-100 characters) is required (R22)");
        }
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", "the violation must be described (R22)");
        }
        if (contract.status != ContractStatus.ACTIVE && contract.status != ContractStatus.TERMINATION_REQUESTED) {
            throw new ContractStateException("R22", contract, "record a content violation");
        }
        LedgerEntry penalty = ledger.recordCompanyFee(contract.customerId, CompanyFee.CONTENT_VIOLATION,
                "contract-" + contractId + "-violation-" + violationReference.trim());
        Instant deadline = now.plus(TERMINATION_DELAY);
        if (contract.endsAt == null || contract.endsAt.isAfter(deadline)) {
            contract.status = ContractStatus.TERMINATION_REQUESTED;
            contract.terminationRequestedAt = now;
            contract.endsAt = deadline;
        }
        ContractAudit.record(contractId, "CONTENT_VIOLATION", "R22", actor, reason,
                "violation " + violationReference.trim() + ", penalty entry " + penalty.id + ", ends " + contract.endsAt, now);
        return penalty;
    }
}
