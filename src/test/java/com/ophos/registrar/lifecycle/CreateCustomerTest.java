package com.ophos.registrar.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import com.ophos.registrar.common.audit.AuditEvent;
import com.ophos.registrar.lifecycle.model.Customer;
import com.ophos.registrar.registry.inmemory.InMemoryRegistries;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(InMemoryRegistries.class)
class CreateCustomerTest {
    @Inject
    CreateCustomer createCustomer;

    @Test
    void storesTheCustomer_andAuditsWhoCreatedIt() {
        Customer created = createCustomer.run(new NewCustomer("  Durand SA ", "compta@durand.example"), "support");

        Customer stored = QuarkusTransaction.requiringNew().call(() -> Customer.<Customer>findById(created.id));
        assertThat(stored.name).isEqualTo("Durand SA");
        assertThat(stored.email).isEqualTo("compta@durand.example");
        assertThat(stored.createdAt).isNotNull();
        AuditEvent event = QuarkusTransaction.requiringNew().call(() ->
                AuditEvent.<AuditEvent>find("subject", "customer:" + created.id).firstResult());
        assertThat(event.actor).isEqualTo("support");
        assertThat(event.action).isEqualTo("customer.created");
    }
}
