package id.kinerja.persistence.evaluation;

import id.kinerja.domain.evaluation.ResultPublications;
import id.kinerja.domain.organization.OrganizationUnitId;
import id.kinerja.domain.shared.Year;
import id.kinerja.persistence.shared.SqlStatements;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** One row per unit that ever chose; the choice is overwritten, its history is the audit trail's. */
@Singleton
class JdbcResultPublications implements ResultPublications {
    private final SqlStatements sql;

    JdbcResultPublications(SqlStatements sql) {
        this.sql = sql;
    }

    @Override
    public boolean published(OrganizationUnitId unit) {
        return sql.query("SELECT published FROM result_publication WHERE unit_id = ?", statement -> {
            statement.setObject(1, unit.value());
            try (ResultSet row = statement.executeQuery()) {
                return row.next() && row.getBoolean(1);
            }
        });
    }

    @Override
    public void set(OrganizationUnitId unit, boolean published, String by, Instant at) {
        sql.write(connection -> {
            int updated;
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE result_publication SET published = ?, changed_by = ?, changed_at = ? WHERE unit_id = ?")) {
                update.setBoolean(1, published);
                update.setString(2, by);
                update.setTimestamp(3, Timestamp.from(at));
                update.setObject(4, unit.value());
                updated = update.executeUpdate();
            }
            if (updated == 0) {
                try (PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO result_publication (unit_id, published, changed_by, changed_at)"
                                + " VALUES (?, ?, ?, ?)")) {
                    insert.setObject(1, unit.value());
                    insert.setBoolean(2, published);
                    insert.setString(3, by);
                    insert.setTimestamp(4, Timestamp.from(at));
                    insert.executeUpdate();
                }
            }
            return null;
        });
    }

    @Override
    public List<PublishedYear> closedYearsOfPublishingUnits() {
        return sql.query(
                "SELECT u.id, u.name, c.closure_year FROM result_publication p"
                        + " JOIN organization_unit u ON u.id = p.unit_id"
                        + " JOIN year_closure c ON c.unit_id = p.unit_id AND c.closed"
                        + " WHERE p.published ORDER BY u.name, u.id, c.closure_year DESC",
                statement -> {
                    List<PublishedYear> found = new ArrayList<>();
                    try (ResultSet row = statement.executeQuery()) {
                        while (row.next()) {
                            found.add(new PublishedYear(
                                    new OrganizationUnitId(row.getObject(1, UUID.class)),
                                    row.getString(2),
                                    Year.of(row.getInt(3))));
                        }
                    }
                    return found;
                });
    }
}
