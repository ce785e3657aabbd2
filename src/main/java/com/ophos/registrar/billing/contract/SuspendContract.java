package com.ophos.registrar.billing.contract;

import com.ophos.registrar.common.InvalidInputException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;

/** R8/R20 (support): services may be suspended at any time without notice for late payment or quota overrun. */
@ApplicationScoped
public class SuspendContract {

    @Transactional
    public ContractSuspension run(long contractId, SuspensionReason reason, String actor, Instant now) {
        Contract contract = Contract.require(contractId);
        if (reason == null) {
            throw new InvalidInputException("reason", "LATE_PAYMENT or QUOTA_OVERRUN is required");
        }
        if (!contract.status.isLive() || contract.suspended) {
            throw new ContractStateException("R8", contract, "suspend");
        }
        contract.suspended = true;
        ContractSuspension suspension = new ContractSuspension();
        suspension.contractId = contractId;
        suspension.reason = reason;
        suspension.suspendedAt = now;
        suspension.suspendedBy = actor;
        suspension.persist();
        ContractAudit.record(contractId, "SUSPEND", reason == SuspensionReason.QUOTA_OVERRUN ? "R20" : "R8",
                actor, reason.name(), "suspension " + suspension.id, now);
        return suspension;
    }
}
