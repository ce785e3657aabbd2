package com.ophos.registrar.persistence;

import static com.ophos.registrar.lifecycle.LifecycleFixtures.order;
import static com.ophos.registrar.lifecycle.LifecycleFixtures.uniqueName;
import static org.assertj.core.api.Assertions.assertThat;

import com.ophos.registrar.lifecycle.ExecuteDomainCreate;
import com.ophos.registrar.lifecycle.LifecycleFixtures;
import com.ophos.registrar.lifecycle.RegisterDomain;
import com.ophos.registrar.lifecycle.journal.OperationJournal;
import com.ophos.registrar.lifecycle.model.Domain;
import com.ophos.registrar.lifecycle.model.Operation;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(OnPostgres.class)
class PersistenceOnPostgresTest extends PersistenceContract {
    @Inject
    LifecycleFixtures fixtures;
    @Inject
    RegisterDomain registerDomain;
    @Inject
    ExecuteDomainCreate execute;

    @Override
    String expectedProductName() {
        return "PostgreSQL";
    }

    @Test
    void aRegistrationRunsEndToEndOnPostgres() {
        long customer = fixtures.customer();
        long company = fixtures.company(customer);
        String name = uniqueName("fr");
        OperationJournal.Opened opened = registerDomain.run(order(customer, name, company), "frontend",
                UUID.randomUUID().toString());
        execute.run(opened.operation().id);

        Operation op = QuarkusTransaction.requiringNew().call(() -> Operation.<Operation>findById(opened.operation().id));
        assertThat(op.state).isEqualTo(Operation.State.SUCCEEDED);
        assertThat(QuarkusTransaction.requiringNew().call(() -> Domain.byName(name).orElseThrow().expiresAt)).isNotNull();
    }
}
