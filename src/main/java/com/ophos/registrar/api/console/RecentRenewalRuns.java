package com.ophos.registrar.api.console;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The last renewal runs with their counts, read from the scheduled runs' table {@code job_runs}.
 * Until the scheduled-runs part is deployed the table does not exist and the console says so.
 */
@ApplicationScoped
public class RecentRenewalRuns {
    static final String TABLE = "job_runs";
    private static final int SHOWN = 10;

    public record Run(long id, String state, int due, int done, int skipped, int failed, OffsetDateTime createdAt,
                      OffsetDateTime finishedAt) {
    }

    /** {@code recorded=false}: the runs table is not in this database yet. */
    public record Runs(boolean recorded, List<Run> runs) {
    }

    private final AgroalDataSource dataSource;

    public RecentRenewalRuns(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    public Runs recent() {
        try (Connection connection = dataSource.getConnection()) {
            if (!tableExists(connection.getMetaData())) {
                return new Runs(false, List.of());
            }
            try (PreparedStatement query = connection.prepareStatement("SELECT id, state, due, done, skipped, failed,"
                    + " created_at, finished_at FROM job_runs WHERE kind = 'RENEWAL' ORDER BY created_at DESC, id DESC")) {
                query.setMaxRows(SHOWN);
                List<Run> runs = new ArrayList<>();
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        runs.add(new Run(rows.getLong(1), rows.getString(2), rows.getInt(3), rows.getInt(4),
                                rows.getInt(5), rows.getInt(6), rows.getObject(7, OffsetDateTime.class),
                                rows.getObject(8, OffsetDateTime.class)));
                    }
                }
                return new Runs(true, runs);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("renewal runs cannot be read", e);
        }
    }

    private static boolean tableExists(DatabaseMetaData metadata) throws SQLException {
        for (String name : List.of(TABLE, TABLE.toUpperCase(Locale.ROOT))) {
            try (ResultSet tables = metadata.getTables(null, null, name, new String[] {"TABLE"})) {
                if (tables.next()) {
                    return true;
                }
            }
        }
        return false;
    }
}
