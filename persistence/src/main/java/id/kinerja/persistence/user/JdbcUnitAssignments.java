package id.kinerja.persistence.user;

import id.kinerja.domain.organization.OrganizationUnitId;
import id.kinerja.domain.user.UnitAssignments;
import id.kinerja.domain.user.UserId;
import id.kinerja.persistence.shared.RootRows;
import id.kinerja.persistence.shared.SqlStatements;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/** A person's units as rows of {@code user_unit}, replaced as a whole. */
@Singleton
class JdbcUnitAssignments implements UnitAssignments {
    private final SqlStatements sql;

    JdbcUnitAssignments(SqlStatements sql) {
        this.sql = sql;
    }

    @Override
    public Set<OrganizationUnitId> unitsOf(String username) {
        return sql.query(
                "SELECT uu.unit_id FROM user_unit uu JOIN app_user u ON u.id = uu.user_id WHERE u.username = ?",
                statement -> {
                    statement.setString(1, username);
                    Set<OrganizationUnitId> units = new HashSet<>();
                    try (ResultSet rows = statement.executeQuery()) {
                        while (rows.next()) {
                            units.add(new OrganizationUnitId(rows.getObject(1, UUID.class)));
                        }
                    }
                    return units;
                });
    }

    @Override
    public void replace(UserId user, Set<OrganizationUnitId> units) {
        try {
            writeAll(user, units);
        } catch (RuntimeException e) {
            // two replacements at once: the second's delete cannot see the first's uncommitted rows
            throw RootRows.asConflict(e, "unit assignment");
        }
    }

    private void writeAll(UserId user, Set<OrganizationUnitId> units) {
        sql.write(connection -> {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM user_unit WHERE user_id = ?")) {
                delete.setObject(1, user.value());
                delete.executeUpdate();
            }
            try (PreparedStatement insert =
                    connection.prepareStatement("INSERT INTO user_unit (user_id, unit_id) VALUES (?, ?)")) {
                for (OrganizationUnitId unit : units) {
                    insert.setObject(1, user.value());
                    insert.setObject(2, unit.value());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            return null;
        });
    }
}
