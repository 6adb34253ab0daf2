package id.kinerja.persistence.cascade;

import id.kinerja.domain.cascade.CascadeNode;
import id.kinerja.domain.cascade.Support;
import id.kinerja.domain.cascade.Supports;
import id.kinerja.domain.organization.OrganizationUnitId;
import id.kinerja.persistence.shared.SqlStatements;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * One row per supporting node, with a reference to the objective or indicator on each end so the database keeps
 * the links true when a draft decree is deleted; the history of a link is the audit trail's.
 */
@Singleton
class JdbcSupports implements Supports {
    private static final String COLUMNS = "supporter_objective_id, supporter_indicator_id, supporter_unit_id,"
            + " supported_objective_id, supported_indicator_id, supported_unit_id";

    private final SqlStatements sql;

    JdbcSupports(SqlStatements sql) {
        this.sql = sql;
    }

    @Override
    public void set(Support support, String by, Instant at) {
        sql.write(connection -> {
            try (PreparedStatement delete =
                    connection.prepareStatement("DELETE FROM cascade_support WHERE supporter_id = ?")) {
                delete.setObject(1, support.supporter().id());
                delete.executeUpdate();
            }
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO cascade_support (supporter_id, "
                    + COLUMNS + ", changed_by, changed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                insert.setObject(1, support.supporter().id());
                node(insert, 2, support.supporter());
                insert.setObject(4, support.supporterUnit().value());
                node(insert, 5, support.supported());
                insert.setObject(7, support.supportedUnit().value());
                insert.setString(8, by);
                insert.setTimestamp(9, Timestamp.from(at));
                insert.executeUpdate();
            }
            return null;
        });
    }

    private static void node(PreparedStatement statement, int index, CascadeNode node) throws SQLException {
        boolean objective = node.kind() == CascadeNode.Kind.OBJECTIVE;
        statement.setObject(index, objective ? node.id() : null);
        statement.setObject(index + 1, objective ? null : node.id());
    }

    @Override
    public void clear(CascadeNode supporter) {
        sql.write(connection -> {
            try (PreparedStatement delete =
                    connection.prepareStatement("DELETE FROM cascade_support WHERE supporter_id = ?")) {
                delete.setObject(1, supporter.id());
                delete.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public Optional<Support> of(CascadeNode supporter) {
        return sql.query("SELECT " + COLUMNS + " FROM cascade_support WHERE supporter_id = ?", statement -> {
            statement.setObject(1, supporter.id());
            try (ResultSet row = statement.executeQuery()) {
                return row.next() ? Optional.of(support(row)) : Optional.empty();
            }
        });
    }

    /** One statement: every link read, those of other units left out (a province holds a few hundred). */
    @Override
    public List<Support> ofUnits(Collection<OrganizationUnitId> supporterUnits) {
        if (supporterUnits.isEmpty()) {
            return List.of();
        }
        Set<UUID> wanted = new HashSet<>();
        supporterUnits.forEach(unit -> wanted.add(unit.value()));
        return sql.query("SELECT " + COLUMNS + " FROM cascade_support", statement -> {
            List<Support> found = new ArrayList<>();
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    if (wanted.contains(row.getObject("supporter_unit_id", UUID.class))) {
                        found.add(support(row));
                    }
                }
            }
            return found;
        });
    }

    private static Support support(ResultSet row) throws SQLException {
        return new Support(
                node(row, "supporter"),
                new OrganizationUnitId(row.getObject("supporter_unit_id", UUID.class)),
                node(row, "supported"),
                new OrganizationUnitId(row.getObject("supported_unit_id", UUID.class)));
    }

    private static CascadeNode node(ResultSet row, String end) throws SQLException {
        UUID objective = row.getObject(end + "_objective_id", UUID.class);
        return objective != null
                ? new CascadeNode(CascadeNode.Kind.OBJECTIVE, objective)
                : new CascadeNode(CascadeNode.Kind.INDICATOR, row.getObject(end + "_indicator_id", UUID.class));
    }
}
