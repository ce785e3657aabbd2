package com.ophos.registrar.billing.contract;

import com.ophos.registrar.billing.ledger.CompanyFee;
import com.ophos.registrar.billing.ledger.Ledger;
import com.ophos.registrar.billing.ledger.LedgerEntry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;

/** R8/R20 (support): lifting a suspension costs the reactivation fee, 15.00 EUR excl. tax by default. */
@ApplicationScoped
public class ResumeContract {

    private final Ledger ledger;

    ResumeContract(Ledger ledger) {
        this.ledger = ledger;
    }

    @Transactional
    public LedgerEntry run(long contractId, String actor, Instant now) {
        Contract contract = Contract.require(contractId);
        ContractSuspension suspension = ContractSuspension.<ContractSuspension>find(
                "contractId = ?1 and resumedAt is null", contractId).firstResultOptional()
                .orElseThrow(() -> new ContractStateException("R8", contract, "resume: it is not suspended"));
        contract.suspended = false;
        suspension.resumedAt = now;
        suspension.resumedBy = actor;
        LedgerEntry fee = ledger.recordCompanyFee(contract.customerId, CompanyFee.REACTIVATION,
                "contract-" + contractId + "-suspension-" + suspension.id);
        suspension.feeEntryId = fee.id;
        ContractAudit.record(contractId, "RESUME", suspension.reason == SuspensionReason.QUOTA_OVERRUN ? "R20" : "R8",
                actor, "reactivation", "suspension " + suspension.id + ", fee entry " + fee.id, now);
        return fee;
    }
}
