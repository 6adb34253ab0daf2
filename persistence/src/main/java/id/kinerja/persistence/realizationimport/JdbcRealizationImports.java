package id.kinerja.persistence.realizationimport;

import id.kinerja.domain.organization.OrganizationUnitId;
import id.kinerja.domain.realizationimport.RealizationImport;
import id.kinerja.domain.realizationimport.RealizationImportId;
import id.kinerja.domain.realizationimport.RealizationImports;
import id.kinerja.domain.shared.ReportingPeriod;
import id.kinerja.domain.shared.Year;
import id.kinerja.persistence.shared.SqlStatements;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Realization sheets in {@code realization_import}; the file's bytes in the row, as evidence files are (V3). */
@Singleton
class JdbcRealizationImports implements RealizationImports {
    private final SqlStatements sql;

    JdbcRealizationImports(SqlStatements sql) {
        this.sql = sql;
    }

    @Override
    public void add(RealizationImport sheet) {
        sql.write(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO realization_import"
                    + " (id, unit_id, realization_year, period, file_name, content, uploaded_by, uploaded_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                insert.setObject(1, sheet.id().value());
                insert.setObject(2, sheet.unitId().value());
                insert.setInt(3, sheet.year().value());
                insert.setString(4, sheet.period().name());
                insert.setString(5, sheet.fileName());
                insert.setBytes(6, sheet.content());
                insert.setString(7, sheet.uploadedBy());
                insert.setTimestamp(8, Timestamp.from(sheet.uploadedAt()));
                return insert.executeUpdate();
            }
        });
    }

    @Override
    public Optional<RealizationImport> find(RealizationImportId id) {
        return sql.query(
                "SELECT id, unit_id, realization_year, period, file_name, content, uploaded_by, uploaded_at,"
                        + " committed_at FROM realization_import WHERE id = ?",
                statement -> {
                    statement.setObject(1, id.value());
                    try (ResultSet row = statement.executeQuery()) {
                        if (!row.next()) {
                            return Optional.empty();
                        }
                        Timestamp committed = row.getTimestamp(9);
                        return Optional.of(new RealizationImport(
                                new RealizationImportId(row.getObject(1, UUID.class)),
                                new OrganizationUnitId(row.getObject(2, UUID.class)),
                                new Year(row.getInt(3)),
                                ReportingPeriod.valueOf(row.getString(4)),
                                row.getString(5),
                                row.getBytes(6),
                                row.getString(7),
                                row.getTimestamp(8).toInstant(),
                                committed == null ? null : committed.toInstant()));
                    }
                });
    }

    @Override
    public boolean markCommitted(RealizationImportId id, String by, Instant at) {
        return sql.write(connection -> {
            try (PreparedStatement update = connection.prepareStatement("UPDATE realization_import"
                    + " SET committed_by = ?, committed_at = ? WHERE id = ? AND committed_at IS NULL")) {
                update.setString(1, by);
                update.setTimestamp(2, Timestamp.from(at));
                update.setObject(3, id.value());
                return update.executeUpdate() == 1;
            }
        });
    }
}
