package com.ophos.registrar.dispute;

import com.ophos.registrar.billing.contract.Contract;
import com.ophos.registrar.billing.contract.ContractStatus;
import com.ophos.registrar.billing.contract.PaymentMethod;
import com.ophos.registrar.common.audit.AuditEvent;
import com.ophos.registrar.common.crypto.SecretBox;
import com.ophos.registrar.lifecycle.model.Customer;
import com.ophos.registrar.lifecycle.model.Domain;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/** TEST ONLY: a customer and a managed name, in the database and at the test registry. */
@ApplicationScoped
public class DisputeFixtures {
    private final SecretBox secrets;
    private final DisputeTestRegistryFactory registries;

    public DisputeFixtures(SecretBox secrets, DisputeTestRegistryFactory registries) {
        this.secrets = secrets;
        this.registries = registries;
    }

    public record Managed(String domain, long customerId, String email, DisputeTestRegistry registry) {
    }

    public static String fresh(String purpose, String tld) {
        return purpose + "-" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36) + "." + tld;
    }

    /** A .com name sponsored by us at the verisign test registry, with the given client statuses. */
    public Managed managed(String purpose, String... statuses) {
        return managedAt(fresh(purpose, "com"), "verisign", statuses);
    }

    public Managed managedAt(String domain, String registryId, String... statuses) {
        String email = "owner@" + domain;
        long customerId = QuarkusTransaction.requiringNew().call(() -> {
            Customer customer = new Customer();
            customer.name = "Owner of " + domain;
            customer.email = email;
            customer.createdAt = Instant.now();
            customer.persist();
            Domain row = new Domain();
            row.name = domain;
            row.unicodeName = domain;
            row.registryId = registryId;
            row.customerId = customer.id;
            row.holderContactId = 1L;
            row.authInfoEncrypted = secrets.seal("initial-Auth1!");
            row.createdAt = Instant.now();
            row.updatedAt = Instant.now();
            row.persist();
            return customer.id;
        });
        DisputeTestRegistry registry = registries.registry(registryId);
        registry.register(domain, statuses);
        return new Managed(domain, customerId, email, registry);
    }

    /** An active one-year contract of the name's customer, the name attached to it. */
    public long contract(Managed name) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Contract contract = new Contract();
            contract.customerId = name.customerId();
            contract.domain = name.domain();
            contract.offerName = "pro";
            contract.offerFeatures = "1 website";
            contract.offerPriceMonthly = new BigDecimal("9.99");
            contract.offerRank = 2;
            contract.offerSnapshotAt = Instant.parse("2026-01-01T00:00:00Z");
            contract.currency = "EUR";
            contract.termMonths = 12;
            contract.paymentMethod = PaymentMethod.CARD;
            contract.status = ContractStatus.ACTIVE;
            contract.orderedAt = Instant.parse("2026-01-01T00:00:00Z");
            contract.paidAt = Instant.parse("2026-01-01T00:00:00Z");
            contract.activatedAt = Instant.parse("2026-01-02T00:00:00Z");
            contract.termEndsAt = Instant.parse("2027-01-02T00:00:00Z");
            contract.persist();
            Domain.byName(name.domain()).orElseThrow().contractId = contract.id;
            return contract.id;
        });
    }

    public long customer(String email) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Customer customer = new Customer();
            customer.name = "Assignee";
            customer.email = email;
            customer.createdAt = Instant.now();
            customer.persist();
            return customer.id;
        });
    }

    public List<AuditEvent> auditOfSubject(String subject) {
        return QuarkusTransaction.requiringNew().call(() -> AuditEvent.<AuditEvent>list("subject = ?1 order by id", subject));
    }

    public long domainCustomer(String domain) {
        return QuarkusTransaction.requiringNew().call(() -> Domain.byName(domain).orElseThrow().customerId);
    }

    public List<AuditEvent> auditOf(String domain) {
        return QuarkusTransaction.requiringNew().call(() -> AuditEvent.<AuditEvent>list("subject = ?1 order by id",
                "domain:" + domain));
    }

    public String domainAuthCode(String domain) {
        return QuarkusTransaction.requiringNew().call(() -> secrets.open(Domain.byName(domain).orElseThrow().authInfoEncrypted));
    }

    public DisputeCase reload(long id) {
        return QuarkusTransaction.requiringNew().call(() -> DisputeCase.<DisputeCase>findById(id));
    }

    /** What another support user's action in flight leaves on the case. */
    public void markBusy(long id, DisputeAction action, Instant since) {
        QuarkusTransaction.requiringNew().run(() -> {
            DisputeCase busy = DisputeCase.findById(id);
            busy.busyAction = action;
            busy.busySince = since;
        });
    }

    public String open(String sealed) {
        return secrets.open(sealed);
    }
}
