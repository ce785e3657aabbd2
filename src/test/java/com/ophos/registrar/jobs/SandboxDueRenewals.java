package com.ophos.registrar.jobs;

import com.ophos.registrar.adapters.Registry;
import com.ophos.registrar.billing.contract.Contract;
import com.ophos.registrar.billing.contract.ContractPayment;
import com.ophos.registrar.billing.ledger.LedgerEntry;
import com.ophos.registrar.lifecycle.model.Customer;
import com.ophos.registrar.lifecycle.model.Domain;
import com.ophos.registrar.registry.RegistryRouter;
import com.ophos.registrar.registry.spi.ContactCreate;
import com.ophos.registrar.registry.spi.DomainContacts;
import com.ophos.registrar.registry.spi.DomainCreate;
import com.ophos.registrar.registry.spi.DomainCreated;
import com.ophos.registrar.registry.spi.RegistryAdapter;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Due renewals on a real sandbox registry, for the tests and the benchmark that run the renewal run
 * over EPP: names created at the sandbox (through the adapter, as if registered earlier), each with
 * a paid, active yearly contract whose term ends at {@code termEndsAt}.
 */
@ApplicationScoped
public class SandboxDueRenewals {
    /** One due renewal: the customer, the contract, the name and its expiry at the registry before the run. */
    public record Due(long customerId, long contractId, String domain, Instant expiry) {
    }

    private static final Duration WAIT = Duration.ofSeconds(120);
    private static final int CREATES_AT_ONCE = 64;
    private static final int COPIES_AT_ONCE = 250;

    private final RegistryRouter router;
    private final RunFixtures fixtures;

    SandboxDueRenewals(RegistryRouter router, RunFixtures fixtures) {
        this.router = router;
        this.fixtures = fixtures;
    }

    /** {@code count} .com names at {@code registryId}, contracts activated a year before {@code termEndsAt}. */
    public List<Due> create(String registryId, String purpose, int count, Instant activatedAt) {
        RegistryAdapter registry = router.byId(registryId).orElseThrow();
        DomainContacts contacts = new DomainContacts(contact(registry, "h"), contact(registry, "a"),
                List.of(contact(registry, "t")));
        List<String> names = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            names.add(RunFixtures.fresh(purpose + i, "com"));
        }
        List<Instant> expiries = new ArrayList<>();
        for (int from = 0; from < count; from += CREATES_AT_ONCE) {
            List<Uni<DomainCreated>> batch = names.subList(from, Math.min(count, from + CREATES_AT_ONCE)).stream()
                    .map(name -> registry.createDomain(new DomainCreate(name, 1, contacts, List.of(), List.of(),
                            "Auth-Code-1", Optional.empty(), trid())))
                    .toList();
            List<?> created = Uni.join().all(batch).andFailFast().await().atMost(WAIT);
            created.forEach(c -> expiries.add(((DomainCreated) c).expiresAt()));
        }
        // The first name's customer and contract go through billing's own flows (order, payment,
        // activation, renewal payment); the others copy the rows those flows wrote, many per
        // transaction, so that 10,000 due contracts are set up in seconds rather than the better
        // part of an hour.
        long customer = fixtures.customer(email(purpose, 0));
        Contract template = fixtures.activeContract(customer, names.get(0), activatedAt);
        fixtures.payRenewal(template.id, activatedAt.plus(Duration.ofDays(300)));
        domain(names.get(0), registryId, customer, template.id, expiries.get(0));
        List<Due> due = new ArrayList<>();
        due.add(new Due(customer, template.id, names.get(0), expiries.get(0)));
        for (int from = 1; from < count; from += COPIES_AT_ONCE) {
            int to = Math.min(count, from + COPIES_AT_ONCE);
            int first = from;
            due.addAll(QuarkusTransaction.requiringNew().call(() -> {
                List<Due> copies = new ArrayList<>();
                for (int i = first; i < to; i++) {
                    copies.add(copy(template.id, purpose, i, names.get(i), registryId, expiries.get(i)));
                }
                return copies;
            }));
        }
        return due;
    }

    private static String email(String purpose, int i) {
        return purpose + i + "@renewals.example.test";
    }

    /** A customer and its contract as the template's flows wrote them: contract, payments, ledger entries, domain. */
    private static Due copy(long templateId, String purpose, int i, String name, String registryId, Instant expiry) {
        Contract template = Contract.findById(templateId);
        Customer customer = new Customer();
        customer.name = "Customer " + email(purpose, i);
        customer.email = email(purpose, i);
        customer.createdAt = Instant.parse("2024-01-01T00:00:00Z");
        customer.persist();
        Contract contract = new Contract();
        contract.customerId = customer.id;
        contract.domain = name;
        contract.offerName = template.offerName;
        contract.offerFeatures = template.offerFeatures;
        contract.offerPriceMonthly = template.offerPriceMonthly;
        contract.offerRank = template.offerRank;
        contract.offerSnapshotAt = template.offerSnapshotAt;
        contract.currency = template.currency;
        contract.termMonths = template.termMonths;
        contract.paymentMethod = template.paymentMethod;
        contract.status = template.status;
        contract.suspended = template.suspended;
        contract.orderedAt = template.orderedAt;
        contract.paidAt = template.paidAt;
        contract.activatedAt = template.activatedAt;
        contract.termEndsAt = template.termEndsAt;
        contract.persist();
        String templateRef = String.valueOf(templateId);
        String ref = String.valueOf(contract.id);
        for (ContractPayment paid : ContractPayment.<ContractPayment>list("contractId", templateId)) {
            ContractPayment payment = new ContractPayment();
            payment.contractId = contract.id;
            payment.amount = paid.amount;
            payment.currency = paid.currency;
            payment.method = paid.method;
            payment.reference = paid.reference.replace(templateRef, ref);
            payment.receivedAt = paid.receivedAt;
            payment.persist();
        }
        for (LedgerEntry billed : LedgerEntry.<LedgerEntry>list("contractId", templateId)) {
            LedgerEntry entry = new LedgerEntry();
            entry.customerId = customer.id;
            entry.domain = name;
            entry.contractId = contract.id;
            entry.kind = billed.kind;
            entry.amount = billed.amount;
            entry.currency = billed.currency;
            entry.vatRate = billed.vatRate;
            entry.vatAmount = billed.vatAmount;
            entry.reference = billed.reference == null ? null : billed.reference.replace(templateRef, ref);
            entry.createdAt = billed.createdAt;
            entry.persist();
        }
        domainInThisTransaction(name, registryId, customer.id, contract.id, expiry);
        return new Due(customer.id, contract.id, name, expiry);
    }

    private static void domain(String name, String registryId, long customerId, long contractId, Instant expiresAt) {
        QuarkusTransaction.requiringNew().run(() -> domainInThisTransaction(name, registryId, customerId, contractId,
                expiresAt));
    }

    private static void domainInThisTransaction(String name, String registryId, long customerId, long contractId,
                                                Instant expiresAt) {
        Domain domain = new Domain();
        domain.name = name;
        domain.unicodeName = name;
        domain.registryId = registryId;
        domain.customerId = customerId;
        domain.contractId = contractId;
        domain.holderContactId = 1L;
        domain.statuses = new TreeSet<>(Set.of("ok"));
        domain.authInfoEncrypted = "sealed-for-tests";
        domain.createdAt = expiresAt.minus(Duration.ofDays(365));
        domain.expiresAt = expiresAt;
        domain.updatedAt = domain.createdAt;
        domain.persist();
    }

    private static String contact(RegistryAdapter registry, String role) {
        return registry.createContact(new ContactCreate("R" + role + UUID.randomUUID().toString().substring(0, 8),
                Registry.company("Ophos renewals " + role), "Contact-Auth-1", trid())).await().atMost(WAIT).handle();
    }

    private static String trid() {
        return "RUN-" + UUID.randomUUID();
    }
}
