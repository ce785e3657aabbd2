package com.ophos.registrar.jobs;

import com.ophos.registrar.billing.contract.ActivateContract;
import com.ophos.registrar.billing.contract.Contract;
import com.ophos.registrar.billing.contract.ContractOrder;
import com.ophos.registrar.billing.contract.OrderContract;
import com.ophos.registrar.billing.contract.PaymentReceived;
import com.ophos.registrar.billing.contract.RecordPayment;
import com.ophos.registrar.billing.contract.TerminateContract;
import com.ophos.registrar.billing.ledger.ChargeKind;
import com.ophos.registrar.billing.ledger.LedgerEntry;
import com.ophos.registrar.lifecycle.model.Customer;
import com.ophos.registrar.lifecycle.model.Domain;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Customers, contracts (through billing's own flows: order, payment, activation, termination) and
 * domains held at a {@link FakeRegistry}, for the runs' tests.
 */
@ApplicationScoped
public class RunFixtures {
    /** The "starter" offer for a year (R11): 12 x 4.99 EUR. */
    static final BigDecimal YEAR_OF_STARTER = new BigDecimal("59.88");

    private final OrderContract order;
    private final RecordPayment payment;
    private final ActivateContract activate;
    private final TerminateContract terminate;
    private final FakeRegistries registries;

    RunFixtures(OrderContract order, RecordPayment payment, ActivateContract activate, TerminateContract terminate,
                FakeRegistries registries) {
        this.order = order;
        this.payment = payment;
        this.activate = activate;
        this.terminate = terminate;
        this.registries = registries;
    }

    static String fresh(String purpose, String tld) {
        return purpose + "-" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36) + "." + tld;
    }

    @Transactional
    public long customer(String email) {
        Customer customer = new Customer();
        customer.name = "Customer " + email;
        customer.email = email;
        customer.createdAt = Instant.parse("2024-01-01T00:00:00Z");
        customer.persist();
        return customer.id;
    }

    /** A yearly starter contract, paid and activated at {@code activatedAt} (its term ends a year later). */
    public Contract activeContract(long customerId, String domain, Instant activatedAt) {
        Contract ordered = order.run(new ContractOrder(customerId, "starter", 12, "CARD", domain), activatedAt);
        payment.run(ordered.id, new PaymentReceived(YEAR_OF_STARTER, "EUR", "CARD", "order-" + ordered.id), activatedAt);
        return activate.run(ordered.id, activatedAt);
    }

    public void payRenewal(long contractId, Instant at) {
        payment.run(contractId, new PaymentReceived(YEAR_OF_STARTER, "EUR", "CARD", "renewal-" + contractId), at);
    }

    public Contract terminate(long contractId, Instant at) {
        return terminate.run(contractId, at);
    }

    /** The name in our table and at its (fake) registry, with the same expiry. */
    @Transactional
    public Domain domain(String name, String registryId, long customerId, Long contractId, Instant expiresAt) {
        Domain domain = new Domain();
        domain.name = name;
        domain.unicodeName = name;
        domain.registryId = registryId;
        domain.customerId = customerId;
        domain.contractId = contractId;
        domain.holderContactId = 1L;
        domain.statuses = new TreeSet<>(Set.of("ok"));
        domain.authInfoEncrypted = "sealed-for-tests";
        domain.createdAt = Instant.parse("2020-01-01T00:00:00Z");
        domain.expiresAt = expiresAt;
        domain.updatedAt = domain.createdAt;
        domain.persist();
        registries.get(registryId).hold(name, expiresAt);
        return domain;
    }

    public FakeRegistry registry(String registryId) {
        return registries.get(registryId);
    }

    @Transactional
    public Contract contract(long id) {
        return Contract.findById(id);
    }

    @Transactional
    public Instant expiryInOurTable(String name) {
        return Domain.byName(name).map(d -> d.expiresAt).orElse(null);
    }

    @Transactional
    public List<LedgerEntry> ledger(long customerId, ChargeKind kind) {
        return LedgerEntry.list("customerId = ?1 and kind = ?2", customerId, kind);
    }

    @Transactional
    public List<RunOutcome> outcomes(long runId, String item) {
        return RunOutcome.list("runId = ?1 and itemKey = ?2", runId, item);
    }

    @Transactional
    public JobRun run(long runId) {
        return JobRun.findById(runId);
    }
}
