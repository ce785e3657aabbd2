package com.ophos.registrar.jobs;

import com.ophos.registrar.adapters.Registry;
import com.ophos.registrar.billing.contract.Contract;
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
        List<Due> due = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String email = purpose + i + "@renewals.example.test";
            long customer = fixtures.customer(email);
            Contract contract = fixtures.activeContract(customer, names.get(i), activatedAt);
            fixtures.payRenewal(contract.id, activatedAt.plus(Duration.ofDays(300)));
            domain(names.get(i), registryId, customer, contract.id, expiries.get(i));
            due.add(new Due(customer, contract.id, names.get(i), expiries.get(i)));
        }
        return due;
    }

    private static void domain(String name, String registryId, long customerId, long contractId, Instant expiresAt) {
        QuarkusTransaction.requiringNew().run(() -> {
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
        });
    }

    private static String contact(RegistryAdapter registry, String role) {
        return registry.createContact(new ContactCreate("R" + role + UUID.randomUUID().toString().substring(0, 8),
                Registry.company("Ophos renewals " + role), "Contact-Auth-1", trid())).await().atMost(WAIT).handle();
    }

    private static String trid() {
        return "RUN-" + UUID.randomUUID();
    }
}
