package com.ophos.registrar.lifecycle;

import static com.ophos.registrar.lifecycle.LifecycleFixtures.order;
import static com.ophos.registrar.lifecycle.LifecycleFixtures.uniqueName;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ophos.registrar.common.crypto.SecretBox;
import com.ophos.registrar.lifecycle.journal.OperationJournal;
import com.ophos.registrar.lifecycle.model.Domain;
import com.ophos.registrar.lifecycle.model.Operation;
import com.ophos.registrar.registry.inmemory.InMemoryRegistries;
import com.ophos.registrar.registry.inmemory.InMemoryRegistry;
import com.ophos.registrar.registry.inmemory.InMemoryRegistryFactory;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(InMemoryRegistries.class)
class RegisterDomainTest {
    @Inject
    RegisterDomain registerDomain;
    @Inject
    ExecuteDomainCreate execute;
    @Inject
    LifecycleFixtures fixtures;
    @Inject
    InMemoryRegistryFactory registries;
    @Inject
    SecretBox secrets;

    private static String key() {
        return UUID.randomUUID().toString();
    }

    @Test
    void aNameWhoseRegistrationIsUnderWay_isRefused_untilThatOneHasFailed() {
        long customer = fixtures.customer();
        long company = fixtures.company(customer);
        String name = uniqueName("com");
        long first = registerDomain.run(order(customer, name, company), "frontend", key()).operation().id;

        for (Operation.State underWay : List.of(Operation.State.PENDING, Operation.State.RUNNING,
                Operation.State.UNKNOWN)) {
            setState(first, underWay);
            assertThatThrownBy(() -> registerDomain.run(order(customer, name, company), "frontend", key()))
                    .as("first registration %s", underWay)
                    .isInstanceOf(DomainAlreadyManagedException.class);
        }
        setState(first, Operation.State.FAILED);
        assertThat(registerDomain.run(order(customer, name, company), "frontend", key()).created()).isTrue();
    }

    private static void setState(long operationId, Operation.State state) {
        QuarkusTransaction.requiringNew().run(() -> Operation.<Operation>findById(operationId).state = state);
    }

    @Test
    void journalsFirst_withTheClTRIDFixed_thenTheExecutionWritesTheDomainFromTheRegistry() {
        long customer = fixtures.customer();
        long company = fixtures.company(customer);
        String name = uniqueName("com");
        InMemoryRegistry verisign = registries.registry("verisign");

        OperationJournal.Opened opened = registerDomain.run(order(customer, name, company), "frontend", key());
        assertThat(opened.created()).isTrue();
        Operation op = opened.operation();
        assertThat(op.state).isEqualTo(Operation.State.PENDING);
        assertThat(op.clTRID).startsWith("OPH-");
        assertThat(verisign.commandsFor("create", name)).isZero();

        execute.run(op.id);

        Operation done = QuarkusTransaction.requiringNew().call(() -> Operation.<Operation>findById(op.id));
        assertThat(done.state).isEqualTo(Operation.State.SUCCEEDED);
        assertThat(done.resultCode).isEqualTo(1000);
        assertThat(done.svTRID).startsWith("verisign-");
        assertThat(done.attempts).isEqualTo(1);
        assertThat(done.principal).isEqualTo("frontend");
        Domain domain = QuarkusTransaction.requiringNew().call(() -> Domain.byName(name).orElseThrow());
        assertThat(domain.expiresAt).isNotNull();
        assertThat(domain.registryId).isEqualTo("verisign");
        assertThat(domain.authInfoEncrypted).hasSizeGreaterThan(32);
        assertThat(secrets.open(domain.authInfoEncrypted)).as("the registry's auth-code length").hasSize(16);
        assertThat(verisign.commandsFor("contact-create", "OPH" + company)).isEqualTo(1);
    }

    @Test
    void sameKeyAndBody_returnsTheSameOperation_andSendsOnce() {
        long customer = fixtures.customer();
        long company = fixtures.company(customer);
        String name = uniqueName("net");
        String key = key();

        OperationJournal.Opened first = registerDomain.run(order(customer, name, company), "frontend", key);
        execute.run(first.operation().id);
        OperationJournal.Opened again = registerDomain.run(order(customer, name, company), "frontend", key);
        execute.run(again.operation().id);

        assertThat(again.created()).isFalse();
        assertThat(again.operation().id).isEqualTo(first.operation().id);
        assertThat(registries.registry("verisign").commandsFor("create", name)).isEqualTo(1);
    }

    @Test
    void sameKeyWithAnotherBody_isAConflict() {
        long customer = fixtures.customer();
        long company = fixtures.company(customer);
        String key = key();
        registerDomain.run(order(customer, uniqueName("com"), company), "frontend", key);

        assertThatThrownBy(() -> registerDomain.run(order(customer, uniqueName("com"), company), "frontend", key))
                .isInstanceOf(IdempotencyKeyReusedException.class);
    }

    @Test
    void concurrentRequestsWithOneKey_openOneOperation_andSendOneCommand() throws Exception {
        long customer = fixtures.customer();
        long company = fixtures.company(customer);
        String name = uniqueName("com");
        String key = key();
        int callers = 8;
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Long>> results = new ArrayList<>();
        for (int i = 0; i < callers; i++) {
            Callable<Long> call = () -> {
                start.await();
                OperationJournal.Opened opened = registerDomain.run(order(customer, name, company), "frontend", key);
                execute.run(opened.operation().id);
                return opened.operation().id;
            };
            results.add(pool.submit(call));
        }
        start.countDown();
        Set<Long> ids = new HashSet<>();
        for (Future<Long> result : results) {
            ids.add(result.get());
        }
        pool.shutdown();

        assertThat(ids).hasSize(1);
        assertThat(registries.registry("verisign").commandsFor("create", name)).isEqualTo(1);
        long operations = QuarkusTransaction.requiringNew().call(() -> Operation.count("domain", name));
        assertThat(operations).isEqualTo(1);
    }

    @Test
    void r1_personHolderForFr_isRefusedBeforeTheJournal() {
        long customer = fixtures.customer();
        long person = fixtures.person(customer);
        String name = uniqueName("fr");

        assertThatThrownBy(() -> registerDomain.run(order(customer, name, person), "frontend", key()))
                .isInstanceOfSatisfying(HolderNotEligibleException.class, e -> {
                    assertThat(e.rule()).isEqualTo("R1");
                    assertThat(e.fields()).containsExactly("holder");
                });
        assertThat(QuarkusTransaction.requiringNew().call(() -> Operation.count("domain", name))).isZero();
        assertThat(registries.registry("afnic").commands()).noneMatch(c -> c.endsWith(name));
    }

    @Test
    void personHolderIsFineWhereThePolicyAdmitsAnyone() {
        long customer = fixtures.customer();
        long person = fixtures.person(customer);
        assertThat(registerDomain.run(order(customer, uniqueName("org"), person), "frontend", key()).created()).isTrue();
    }

    @Test
    void r6_aContractThatIsNotKnownPaid_isRefused() {
        long customer = fixtures.customer();
        long company = fixtures.company(customer);
        DomainOrder withContract = new DomainOrder(customer, uniqueName("com"), 1, company, Optional.of(company),
                List.of(company), List.of(), Optional.of(4242L));

        assertThatThrownBy(() -> registerDomain.run(withContract, "frontend", key()))
                .isInstanceOfSatisfying(ContractNotPaidException.class, e -> {
                    assertThat(e.rule()).isEqualTo("R6");
                    assertThat(e.fields()).containsExactly("contractId");
                });
    }

    @Test
    void contactsOfAnotherCustomer_areRefused() {
        long customer = fixtures.customer();
        long stranger = fixtures.company(fixtures.customer());
        assertThatThrownBy(() -> registerDomain.run(order(customer, uniqueName("com"), stranger), "frontend", key()))
                .isInstanceOfSatisfying(ContactOfAnotherCustomerException.class,
                        e -> assertThat(e.fields()).containsExactly("holder"));
    }

    @Test
    void registryPolicies_limitYearsContactsAndNameservers() {
        long customer = fixtures.customer();
        long company = fixtures.company(customer);
        DomainOrder elevenYears = new DomainOrder(customer, uniqueName("com"), 11, company, Optional.of(company),
                List.of(company), List.of(), Optional.empty());
        assertThatThrownBy(() -> registerDomain.run(elevenYears, "frontend", key()))
                .isInstanceOf(PeriodNotOfferedException.class);

        DomainOrder noTech = new DomainOrder(customer, uniqueName("fr"), 1, company, Optional.of(company),
                List.of(), List.of(), Optional.empty());
        assertThatThrownBy(() -> registerDomain.run(noTech, "frontend", key()))
                .isInstanceOfSatisfying(ContactCountException.class, e -> assertThat(e.fields()).containsExactly("tech"));

        List<String> fourteen = new ArrayList<>();
        for (int i = 0; i < 14; i++) {
            fourteen.add("ns" + i + ".ophos.example");
        }
        DomainOrder tooManyNs = new DomainOrder(customer, uniqueName("com"), 1, company, Optional.of(company),
                List.of(company), fourteen, Optional.empty());
        assertThatThrownBy(() -> registerDomain.run(tooManyNs, "frontend", key()))
                .isInstanceOf(NameserverCountException.class);
    }

    @Test
    void aNameTheRegistryAlreadyHas_failsWith2302_andNoDomainRow() {
        long customer = fixtures.customer();
        long company = fixtures.company(customer);
        String name = uniqueName("com");
        registries.registry("verisign").registerForeign(name);

        OperationJournal.Opened opened = registerDomain.run(order(customer, name, company), "frontend", key());
        execute.run(opened.operation().id);

        Operation done = QuarkusTransaction.requiringNew().call(() -> Operation.<Operation>findById(opened.operation().id));
        assertThat(done.state).isEqualTo(Operation.State.FAILED);
        assertThat(done.resultCode).isEqualTo(2302);
        assertThat(QuarkusTransaction.requiringNew().call(() -> Domain.byName(name))).isEmpty();
    }
}
