package com.ophos.registrar.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * The billing migrations run unchanged on PostgreSQL; the unique key (operation, kind) stops a
 * second charge, while an svTRID the registry reuses for another operation does not (V13_0).
 */
class BillingMigrationPostgresTest {

    @Test
    void migratesOnPostgresAndRefusesASecondChargeForOneOperation() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            Flyway.configure().dataSource(postgres.getPostgresDatabase())
                    .locations("classpath:db/migration").load().migrate();
            try (Connection connection = postgres.getPostgresDatabase().getConnection();
                 Statement statement = connection.createStatement()) {
                statement.execute(charge(1, "sv-1", 10));
                statement.execute(charge(51, "sv-1", 11));
                assertThatThrownBy(() -> statement.execute(charge(101, "sv-2", 10))).isInstanceOf(SQLException.class);
                statement.execute(charge(151, "sv-3", 12));
                var count = statement.executeQuery("SELECT count(*) FROM ledger_entry");
                count.next();
                assertThat(count.getLong(1)).isEqualTo(3);
            }
        }
    }

    private static String charge(long id, String svTRID, long operationId) {
        return "INSERT INTO ledger_entry (id, customer_id, domain, operation_id, registry_id, kind, amount, currency,"
                + " vat_rate, vat_amount, sv_trid, created_at) VALUES (" + id + ", 7, 'exemple.com', " + operationId
                + ", 'verisign', 'REGISTRY_RENEW', 10.26, 'USD', 0.2000, 2.05, '" + svTRID + "', CURRENT_TIMESTAMP)";
    }
}
