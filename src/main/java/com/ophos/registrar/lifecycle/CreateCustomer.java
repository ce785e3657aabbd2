package com.ophos.registrar.lifecycle;

import com.ophos.registrar.common.audit.AuditLog;
import com.ophos.registrar.lifecycle.model.Customer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;

/** Records a customer (the future holder of record of its names, R2). */
@ApplicationScoped
public class CreateCustomer {
    private final AuditLog audit;
    private final Clock clock;

    public CreateCustomer(AuditLog audit, Clock clock) {
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Customer run(NewCustomer request, String actor) {
        Customer customer = new Customer();
        customer.name = request.name().strip();
        customer.email = request.email().strip();
        customer.createdAt = Instant.now(clock);
        customer.persist();
        audit.record(actor, "customer.created", "customer:" + customer.id, Map.of("name", customer.name));
        return customer;
    }
}
