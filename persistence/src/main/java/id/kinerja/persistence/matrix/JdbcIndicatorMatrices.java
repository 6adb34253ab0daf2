package id.kinerja.persistence.matrix;

import id.kinerja.domain.decree.DecreeId;
import id.kinerja.domain.matrix.IndicatorMatrices;
import id.kinerja.domain.matrix.IndicatorMatrix;
import id.kinerja.domain.matrix.IndicatorMatrixId;
import id.kinerja.domain.organization.OrganizationUnitId;
import id.kinerja.persistence.shared.SqlStatements;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.util.Optional;
import java.util.UUID;

/** Matrices in {@code indicator_matrix}; the file's bytes in the row, as evidence files are (V3). */
@Singleton
class JdbcIndicatorMatrices implements IndicatorMatrices {
    private final SqlStatements sql;

    JdbcIndicatorMatrices(SqlStatements sql) {
        this.sql = sql;
    }

    @Override
    public void add(IndicatorMatrix matrix) {
        sql.write(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO indicator_matrix"
                    + " (id, unit_id, file_name, content, uploaded_by, uploaded_at, decree_id)"
                    + " VALUES (?, ?, ?, ?, ?, ?, NULL)")) {
                insert.setObject(1, matrix.id().value());
                insert.setObject(2, matrix.unitId().value());
                insert.setString(3, matrix.fileName());
                insert.setBytes(4, matrix.content());
                insert.setString(5, matrix.uploadedBy());
                insert.setTimestamp(6, Timestamp.from(matrix.uploadedAt()));
                return insert.executeUpdate();
            }
        });
    }

    @Override
    public Optional<IndicatorMatrix> find(IndicatorMatrixId id) {
        return sql.query(
                "SELECT id, unit_id, file_name, content, uploaded_by, uploaded_at, decree_id"
                        + " FROM indicator_matrix WHERE id = ?",
                statement -> {
                    statement.setObject(1, id.value());
                    try (ResultSet row = statement.executeQuery()) {
                        if (!row.next()) {
                            return Optional.empty();
                        }
                        UUID decree = row.getObject(7, UUID.class);
                        return Optional.of(new IndicatorMatrix(
                                new IndicatorMatrixId(row.getObject(1, UUID.class)),
                                new OrganizationUnitId(row.getObject(2, UUID.class)),
                                row.getString(3),
                                row.getBytes(4),
                                row.getString(5),
                                row.getTimestamp(6).toInstant(),
                                decree == null ? null : new DecreeId(decree)));
                    }
                });
    }

    @Override
    public boolean markCommitted(IndicatorMatrixId id, DecreeId decree) {
        return sql.write(connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE indicator_matrix SET decree_id = ? WHERE id = ? AND decree_id IS NULL")) {
                update.setObject(1, decree.value());
                update.setObject(2, id.value());
                return update.executeUpdate() == 1;
            }
        });
    }
}
