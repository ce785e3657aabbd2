package com.ophos.registrar.dispute;

import com.ophos.registrar.billing.contract.Contract;
import com.ophos.registrar.billing.contract.ContractStatus;
import com.ophos.registrar.billing.contract.PaymentMethod;
import com.ophos.registrar.common.audit.AuditEvent;
import com.ophos.registrar.common.crypto.SecretBox;
import com.ophos.registrar.lifecycle.model.Customer;
import com.ophos.registrar.lifecycle.model.Domain;
import com.ophos.registrar.registry.RegistryRouter;
import com.ophos.registrar.registry.spi.ContactCreate;
import com.ophos.registrar.registry.spi.ContactData;
import com.ophos.registrar.registry.spi.DomainContacts;
import com.ophos.registrar.registry.spi.DomainCreate;
import com.ophos.registrar.registry.spi.DomainTransfer;
import com.ophos.registrar.registry.spi.DomainUpdate;
import com.ophos.registrar.registry.spi.LegalEntity;
import com.ophos.registrar.registry.spi.RegistryAdapter;
import com.ophos.registrar.registry.spi.TransferState;
import com.ophos.registrar.sandbox.DomainSnapshot;
import com.ophos.registrar.sandbox.LoggedCommand;
import com.ophos.registrar.sandbox.SandboxRegistries;
import com.ophos.registrar.sandbox.SandboxRegistry;
import io.smallrye.mutiny.Uni;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.concurrent.ThreadLocalRandom;

/**
 * TEST ONLY: a customer and a managed name, in the database and at the registry's sandbox, created
 * there over EPP/TLS through the gateway's own adapter, so the tests read the registry's state from the
 * sandbox after each dispute step.
 */
@ApplicationScoped
public class DisputeFixtures {
    public static final String INITIAL_AUTH_CODE = "initial-Auth1!";
    private static final Duration REGISTRY_WAIT = Duration.ofSeconds(30);

    private final SecretBox secrets;
    private final RegistryRouter router;
    private final SandboxRegistries sandboxes;

    public DisputeFixtures(SecretBox secrets, RegistryRouter router, SandboxRegistries sandboxes) {
        this.secrets = secrets;
        this.router = router;
        this.sandboxes = sandboxes;
    }

    /** A name as the registry's sandbox holds it now. */
    public record Managed(String domain, String registryId, long customerId, String email, SandboxRegistry sandbox) {
        public DomainSnapshot snapshot() {
            return sandbox.domain(domain).orElseThrow();
        }

        /** Client and server statuses at the registry; "ok" (nothing set) reads as none. */
        public Set<String> statuses() {
            return snapshot().statuses().stream().filter(s -> !s.equals("ok")).collect(Collectors.toSet());
        }

        /** Commands the registry logged under the clTRIDs of this name's dispute case. */
        public List<LoggedCommand> caseCommands(long caseId) {
            return sandbox.commandLog().stream()
                    .filter(c -> c.clientTransactionId().filter(t -> t.startsWith("dsp-" + caseId + "-")).isPresent())
                    .toList();
        }
    }

    public static String fresh(String purpose, String tld) {
        return purpose + "-" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36) + "." + tld;
    }

    /** A .com name sponsored by our main account at the Verisign sandbox, with the given client statuses. */
    public Managed managed(String purpose, String... statuses) {
        return managedAt(fresh(purpose, "com"), "verisign", statuses);
    }

    public Managed managedAt(String domain, String registryId, String... statuses) {
        RegistryAdapter registry = router.byId(registryId).orElseThrow();
        String holder = createContact(registry, "Owner of " + domain);
        await(registry.createDomain(new DomainCreate(domain, 1, new DomainContacts(holder, holder, List.of(holder)),
                List.of(), List.of(), INITIAL_AUTH_CODE, Optional.empty(), trid())));
        if (statuses.length > 0) {
            await(registry.updateDomain(new DomainUpdate(domain, List.of(), List.of(), Set.of(statuses), Set.of(),
                    List.of(), List.of(), Optional.empty(), trid())));
        }
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
            row.authInfoEncrypted = secrets.seal(INITIAL_AUTH_CODE);
            row.createdAt = Instant.now();
            row.updatedAt = Instant.now();
            row.persist();
            return customer.id;
        });
        return new Managed(domain, registryId, customerId, email, sandboxes.registry(registryId));
    }

    public SandboxRegistry sandbox(String registryId) {
        return sandboxes.registry(registryId);
    }

    /** A contact (an organisation, which every registry here accepts as holder, R1) at the registry. */
    public String createContact(String registryId, String name) {
        return createContact(router.byId(registryId).orElseThrow(), name);
    }

    private static String createContact(RegistryAdapter registry, String name) {
        ContactData company = new ContactData(ContactData.Kind.ORGANIZATION, name, Optional.of("Claimant SA"),
                List.of("12 rue de la Paix"), "Paris", Optional.empty(), "75002", "FR", "+33.145678900",
                Optional.empty(), "legal@claimant.example", Optional.of(new LegalEntity(LegalEntity.Form.COMPANY,
                Optional.of("552100554"), Optional.empty(), Optional.of("FR40552100554"), Optional.empty(),
                Optional.empty(), Optional.empty())));
        String proposed = "D" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
        return await(registry.createContact(new ContactCreate(proposed, company, "Contact-Auth-1", trid()))).handle();
    }

    /** Another registrar account asks the registry for the name with its auth code (answered 1001). */
    public TransferState requestTransfer(String accountId, String domain, String authCode) {
        return await(router.byId(accountId).orElseThrow().transferDomain(new DomainTransfer(domain,
                DomainTransfer.Op.REQUEST, Optional.of(1), Optional.of(authCode), trid())));
    }

    private static String trid() {
        return "fixture-" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
    }

    private static <T> T await(Uni<T> command) {
        return command.await().atMost(REGISTRY_WAIT);
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

    /** Puts another name under the same contract (R24 moves every name of a contract). */
    public void attach(Managed name, long contractId) {
        QuarkusTransaction.requiringNew().run(() -> Domain.byName(name.domain()).orElseThrow().contractId = contractId);
    }

    public Domain domainRow(String domain) {
        return QuarkusTransaction.requiringNew().call(() -> Domain.byName(domain).orElseThrow());
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
