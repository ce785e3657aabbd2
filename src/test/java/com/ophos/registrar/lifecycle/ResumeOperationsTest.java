package com.ophos.registrar.lifecycle;

import static com.ophos.registrar.lifecycle.LifecycleFixtures.order;
import static com.ophos.registrar.lifecycle.LifecycleFixtures.uniqueName;
import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What a restart finds in the journal, and what it does before anything is resent. */
@QuarkusTest
@TestProfile(InMemoryRegistries.class)
class ResumeOperationsTest {
    @Inject
    RegisterDomain registerDomain;
    @Inject
    ExecuteDomainCreate execute;
    @Inject
    ResumeOperations resume;
    @Inject
    LifecycleFixtures fixtures;
    @Inject
    InMemoryRegistryFactory registries;

    private Operation opened(String name) {
        long customer = fixtures.customer();
        long company = fixtures.company(customer);
        OperationJournal.Opened opened = registerDomain.run(order(customer, name, company), "frontend",
                UUID.randomUUID().toString());
        return opened.operation();
    }

    private static Operation reload(long id) {
        return QuarkusTransaction.requiringNew().call(() -> Operation.<Operation>findById(id));
    }

    /** A crash after the claim: the row says RUNNING, as if the process died while the command was out. */
    private static void leaveRunning(long id) {
        QuarkusTransaction.requiringNew().run(() -> {
            Operation op = Operation.findById(id);
            op.state = Operation.State.RUNNING;
            op.attempts = 1;
        });
    }

    @Test
    void pendingEntriesAreSentOnResume() {
        String name = uniqueName("com");
        Operation op = opened(name);

        resume.run();

        assertThat(reload(op.id).state).isEqualTo(Operation.State.SUCCEEDED);
        assertThat(registries.registry("verisign").commandsFor("create", name)).isEqualTo(1);
    }

    @Test
    void anAnswerLostAfterTheRegistryApplied_isReconciledByInfo_withoutResending() {
        String name = uniqueName("com");
        InMemoryRegistry verisign = registries.registry("verisign");
        Operation op = opened(name);
        verisign.failNextCreate(InMemoryRegistry.Fault.LOSE_ANSWER_AFTER_APPLYING);

        execute.run(op.id);
        assertThat(reload(op.id).state).isEqualTo(Operation.State.UNKNOWN);

        resume.run();

        Operation done = reload(op.id);
        assertThat(done.state).isEqualTo(Operation.State.SUCCEEDED);
        assertThat(verisign.commandsFor("create", name)).isEqualTo(1);
        assertThat(verisign.commandsFor("info", name)).isGreaterThanOrEqualTo(1);
        assertThat(QuarkusTransaction.requiringNew().call(() -> Domain.byName(name).orElseThrow().expiresAt)).isNotNull();
    }

    @Test
    void aCommandThatNeverApplied_isResentWithTheSameClTRID() {
        String name = uniqueName("net");
        InMemoryRegistry verisign = registries.registry("verisign");
        Operation op = opened(name);
        verisign.failNextCreate(InMemoryRegistry.Fault.LOSE_ANSWER_BEFORE_APPLYING);
        execute.run(op.id);
        assertThat(reload(op.id).state).isEqualTo(Operation.State.UNKNOWN);

        resume.run();

        Operation done = reload(op.id);
        assertThat(done.state).isEqualTo(Operation.State.SUCCEEDED);
        assertThat(done.clTRID).isEqualTo(op.clTRID);
        assertThat(done.attempts).isEqualTo(2);
        assertThat(verisign.commandsFor("info", name)).isGreaterThanOrEqualTo(1);
        assertThat(verisign.commandsFor("create", name)).isEqualTo(2);
        assertThat(verisign.holds(name)).isTrue();
    }

    @Test
    void anEntryLeftRunningByACrash_becomesUnknownAndIsReconciled() {
        String name = uniqueName("com");
        InMemoryRegistry verisign = registries.registry("verisign");
        Operation op = opened(name);
        leaveRunning(op.id);

        resume.run();

        // The registry never saw it: info answers 2303, so it is resent once.
        assertThat(reload(op.id).state).isEqualTo(Operation.State.SUCCEEDED);
        assertThat(verisign.commandsFor("info", name)).isGreaterThanOrEqualTo(1);
        assertThat(verisign.commandsFor("create", name)).isEqualTo(1);
    }

    @Test
    void aRegistryNotAnsweringRightAfterTheRestart_isAskedAgain_neverResentBlindly() {
        String name = uniqueName("com");
        InMemoryRegistry verisign = registries.registry("verisign");
        Operation op = opened(name);
        verisign.failNextCreate(InMemoryRegistry.Fault.LOSE_ANSWER_AFTER_APPLYING);
        execute.run(op.id);
        leaveRunning(op.id);
        verisign.failNextInfos(2);

        resume.run();

        assertThat(reload(op.id).state).isEqualTo(Operation.State.SUCCEEDED);
        assertThat(verisign.commandsFor("info", name)).isGreaterThanOrEqualTo(3);
        assertThat(verisign.commandsFor("create", name)).isEqualTo(1);
    }

    @Test
    void aNameSponsoredByAnotherRegistrar_failsTheEntry() {
        String name = uniqueName("com");
        InMemoryRegistry verisign = registries.registry("verisign");
        Operation op = opened(name);
        leaveRunning(op.id);
        verisign.registerForeign(name);

        resume.run();

        Operation done = reload(op.id);
        assertThat(done.state).isEqualTo(Operation.State.FAILED);
        assertThat(done.resultCode).isEqualTo(2302);
        assertThat(verisign.commandsFor("create", name)).isZero();
    }
}
