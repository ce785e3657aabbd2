package com.ophos.registrar.billing.contract;

import com.ophos.registrar.lifecycle.model.Customer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Builds contracts through the real flows, each for a fresh customer and domain. */
@ApplicationScoped
public class ContractFixture {

    @Inject
    OrderContract order;
    @Inject
    RecordPayment payment;
    @Inject
    ActivateContract activation;

    /** A recorded customer: the activation notice goes to its e-mail address. */
    public static long newCustomer() {
        return newCustomer("customer-" + UUID.randomUUID() + "@example.com");
    }

    public static long newCustomer(String email) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Customer customer = new Customer();
            customer.name = "Customer " + email;
            customer.email = email;
            customer.createdAt = Instant.now();
            customer.persist();
            return customer.id;
        });
    }

    public static String newDomain() {
        return "site-" + UUID.randomUUID().toString().substring(0, 12) + ".fr";
    }

    public Contract ordered(long customer, String offer, int termMonths, String method, Instant at) {
        return order.run(new ContractOrder(customer, offer, termMonths, method, newDomain()), at);
    }

    public Contract paid(long customer, String offer, int termMonths, String method, Instant at) {
        Contract contract = ordered(customer, offer, termMonths, method, at);
        return payment.run(contract.id, new PaymentReceived(contract.subscriptionAmount(), "EUR", method,
                "pay-" + contract.id), at.plusSeconds(60));
    }

    public Contract active(long customer, String offer, int termMonths, String method, Instant at) {
        Contract contract = paid(customer, offer, termMonths, method, at);
        return activation.run(contract.id, at.plusSeconds(120));
    }

    /** The contract as stored now (a fresh transaction, not the test's session cache). */
    @Transactional
    public Contract reread(long contractId) {
        return Contract.require(contractId);
    }

    @Transactional
    public List<ContractAudit> audit(long contractId) {
        return ContractAudit.list("contractId = ?1 order by id", contractId);
    }

    @Transactional
    public BigDecimal paidTotal(long contractId) {
        return RecordPayment.totalPaid(contractId);
    }
}
