package com.ophos.registrar.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ophos.registrar.common.audit.AuditEvent;
import com.ophos.registrar.common.persistence.UniqueViolation;
import com.ophos.registrar.lifecycle.model.Contact;
import com.ophos.registrar.lifecycle.model.Customer;
import com.ophos.registrar.lifecycle.model.Domain;
import com.ophos.registrar.lifecycle.model.Operation;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The same persistence checks on every database the gateway supports (subclasses pick one). */
abstract class PersistenceContract {
    @Inject
    AgroalDataSource dataSource;

    abstract String expectedProductName();

    @Test
    void runsOnTheExpectedDatabase_withEveryCoreMigrationApplied() throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            assertThat(c.getMetaData().getDatabaseProductName()).isEqualTo(expectedProductName());
            List<String> versions = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT version FROM flyway_schema_history WHERE success ORDER BY installed_rank")) {
                while (rs.next()) {
                    versions.add(rs.getString(1));
                }
            }
            assertThat(versions).contains("1.0", "1.1");
        }
    }

    @Test
    void customersContactsAndHandlesRoundTrip() {
        long contactId = QuarkusTransaction.requiringNew().call(() -> {
            Customer customer = new Customer();
            customer.name = "Société Générale de Test";
            customer.email = "test@sgt.example";
            customer.createdAt = Instant.now();
            customer.persist();
            Contact contact = new Contact();
            contact.customerId = customer.id;
            contact.kind = Contact.Kind.ORGANIZATION;
            contact.name = "Zoé Lefèvre";
            contact.organization = "SGT";
            contact.email = "zoe@sgt.example";
            contact.phone = "+33.145678900";
            contact.street1 = "1 quai de l'Horloge";
            contact.city = "Paris";
            contact.postalCode = "75001";
            contact.countryCode = "FR";
            contact.legalForm = Contact.LegalForm.PUBLIC_BODY;
            contact.legalSiret = "73282932000074";
            contact.createdAt = Instant.now();
            contact.registryHandles.put("afnic", "SGT123-FRNIC");
            contact.persist();
            return contact.id;
        });
        QuarkusTransaction.requiringNew().run(() -> {
            Contact.<Contact>findById(contactId).registryHandles.put("verisign", "OPH" + contactId);
        });

        Contact read = QuarkusTransaction.requiringNew().call(() -> Contact.<Contact>findById(contactId));
        assertThat(read.name).isEqualTo("Zoé Lefèvre");
        assertThat(read.legalForm).isEqualTo(Contact.LegalForm.PUBLIC_BODY);
        assertThat(read.legalSiret).isEqualTo("73282932000074");
        assertThat(read.registryHandles).containsEntry("afnic", "SGT123-FRNIC").containsEntry("verisign", "OPH" + contactId);
    }

    @Test
    void domainsKeepOrderedCollectionsAndInstants() {
        String name = "round-trip-" + UUID.randomUUID().toString().substring(0, 8) + ".com";
        Instant expires = Instant.now().plus(365, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MICROS);
        QuarkusTransaction.requiringNew().run(() -> {
            Domain d = new Domain();
            d.name = name;
            d.unicodeName = name;
            d.registryId = "verisign";
            d.customerId = 1L;
            d.holderContactId = 10L;
            d.adminContactId = 11L;
            d.techContactIds = new ArrayList<>(List.of(13L, 12L));
            d.nameservers = new ArrayList<>(List.of("ns2.ophos.example", "ns1.ophos.example"));
            d.statuses = new java.util.TreeSet<>(Set.of("ok", "clientTransferProhibited"));
            d.authInfoEncrypted = "sealed";
            d.createdAt = Instant.now();
            d.updatedAt = Instant.now();
            d.expiresAt = expires;
            d.persist();
        });

        Domain read = QuarkusTransaction.requiringNew().call(() -> Domain.byName(name).orElseThrow());
        assertThat(read.techContactIds).containsExactly(13L, 12L);
        assertThat(read.nameservers).containsExactly("ns2.ophos.example", "ns1.ophos.example");
        assertThat(read.statuses).containsExactlyInAnyOrder("ok", "clientTransferProhibited");
        assertThat(read.expiresAt).isEqualTo(expires);
        assertThat(read.contractId).isNull();
    }

    @Test
    void oneIdempotencyKeyPerPrincipal_isEnforcedByTheDatabase() {
        String key = UUID.randomUUID().toString();
        QuarkusTransaction.requiringNew().run(() -> operation("frontend", key).persist());
        QuarkusTransaction.requiringNew().run(() -> operation("support", key).persist());

        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> operation("frontend", key).persistAndFlush()))
                .satisfies(e -> assertThat(UniqueViolation.isCause(e)).isTrue());
        long count = QuarkusTransaction.requiringNew().call(() -> Operation.count("idempotencyKey", key));
        assertThat(count).isEqualTo(2);
    }

    @Test
    void keysDerivedFromTheLongestIdempotencyKey_fit() {
        // The API allows 255 characters; a holder change per domain appends "#holder:" and the name.
        String derived = "k".repeat(255) + "#holder:" + "a".repeat(63) + "." + "b".repeat(63) + "." + "c".repeat(63)
                + "." + "d".repeat(57) + ".com";
        QuarkusTransaction.requiringNew().run(() -> operation("frontend", derived).persistAndFlush());
        assertThat(QuarkusTransaction.requiringNew().call(() -> Operation.count("idempotencyKey", derived))).isEqualTo(1);
    }

    @Test
    void auditEventsRoundTrip() {
        long id = QuarkusTransaction.requiringNew().call(() -> {
            AuditEvent e = new AuditEvent();
            e.at = Instant.now();
            e.actor = "support";
            e.action = "domain.created";
            e.subject = "domain:x.com";
            e.detail = "{\"years\":1}";
            e.clTRID = "OPH-1";
            e.svTRID = "SV-1";
            e.persist();
            return e.id;
        });
        AuditEvent read = QuarkusTransaction.requiringNew().call(() -> AuditEvent.<AuditEvent>findById(id));
        assertThat(read.detail).isEqualTo("{\"years\":1}");
        assertThat(read.svTRID).isEqualTo("SV-1");
    }

    private static Operation operation(String principal, String key) {
        Operation op = new Operation();
        op.kind = Operation.Kind.DOMAIN_CREATE;
        op.state = Operation.State.PENDING;
        op.principal = principal;
        op.idempotencyKey = key;
        op.requestHash = "0".repeat(64);
        op.clTRID = "OPH-" + UUID.randomUUID();
        op.intent = "{}";
        op.domain = "x.com";
        op.registryId = "verisign";
        op.createdAt = Instant.now();
        op.updatedAt = op.createdAt;
        return op;
    }
}
