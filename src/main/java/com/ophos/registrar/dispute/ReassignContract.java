package com.ophos.registrar.dispute;

import com.ophos.registrar.billing.contract.Contract;
import com.ophos.registrar.common.InvalidInputException;
import com.ophos.registrar.common.audit.AuditLog;
import com.ophos.registrar.lifecycle.model.Customer;
import com.ophos.registrar.lifecycle.model.Domain;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * R24, support only: the company assigns a contract to another customer without prior consent; the
 * domains sold under it follow, so that the new customer's scope covers them.
 */
@ApplicationScoped
public class ReassignContract {
    private final AuditLog audit;

    public ReassignContract(AuditLog audit) {
        this.audit = audit;
    }

    @Transactional
    public Contract run(long contractId, long newCustomerId, String actor, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", "state why the contract is assigned (R24)");
        }
        Contract contract = Contract.require(contractId);
        if (Customer.findById(newCustomerId) == null) {
            throw new CustomerNotFoundException(newCustomerId);
        }
        long previous = contract.customerId;
        contract.customerId = newCustomerId;
        List<Domain> domains = Domain.list("contractId", contractId);
        domains.forEach(domain -> domain.customerId = newCustomerId);
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("rule", "R24");
        detail.put("reason", reason.strip());
        detail.put("fromCustomer", previous);
        detail.put("toCustomer", newCustomerId);
        detail.put("domains", domains.stream().map(d -> d.name).toList());
        audit.record(actor, "support.contract-assign", "contract:" + contractId, detail);
        return contract;
    }
}
