package com.ophos.registrar.dispute;

import com.ophos.registrar.billing.contract.ChangeTermForBreach;
import com.ophos.registrar.billing.contract.Contract;
import com.ophos.registrar.common.InvalidInputException;
import com.ophos.registrar.common.audit.AuditLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** R14, support only: the contract's duration changes for a breach of the terms, without notice. */
@ApplicationScoped
public class ChangeContractTermForBreach {
    private final ChangeTermForBreach billing;
    private final AuditLog audit;
    private final Clock clock;

    public ChangeContractTermForBreach(ChangeTermForBreach billing, AuditLog audit, Clock clock) {
        this.billing = billing;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Contract run(long contractId, Instant newTermEnd, String actor, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", "the breach must be stated (R14)");
        }
        Instant before = Contract.require(contractId).termEndsAt;
        Contract changed = billing.run(contractId, newTermEnd, reason.strip(), actor, Instant.now(clock));
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("rule", "R14");
        detail.put("reason", reason.strip());
        detail.put("termEndsBefore", String.valueOf(before));
        detail.put("termEndsAfter", String.valueOf(changed.termEndsAt));
        audit.record(actor, "support.contract-term", "contract:" + contractId, detail);
        return changed;
    }
}
