package id.kinerja.persistence.indicator;

import id.kinerja.domain.indicator.Target;
import id.kinerja.domain.indicator.TargetValue;
import id.kinerja.domain.shared.Year;
import id.kinerja.persistence.shared.Decimals;
import id.kinerja.persistence.shared.SqlStatements;
import id.kinerja.persistence.shared.WantedIds;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The indicator_target table: an indicator's targets replaced in one batch, read for many at once. */
final class TargetTable {
    private final SqlStatements sql;

    TargetTable(SqlStatements jdbc) {
        this.sql = jdbc;
    }

    void replace(UUID indicatorId, List<Target> targets) {
        sql.write(connection -> {
            try (PreparedStatement delete =
                    connection.prepareStatement("DELETE FROM indicator_target WHERE indicator_id = ?")) {
                delete.setObject(1, indicatorId);
                delete.executeUpdate();
            }
            if (targets.isEmpty()) {
                return null;
            }
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO indicator_target"
                    + " (indicator_id, target_year, value_kind, amount, amount_scale, upper_amount, upper_scale,"
                    + " qualitative_text, category) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (Target target : targets) {
                    bind(insert, indicatorId, target);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            return null;
        });
    }

    private static void bind(PreparedStatement insert, UUID indicatorId, Target target) throws SQLException {
        insert.setObject(1, indicatorId);
        insert.setInt(2, target.year().value());
        TargetValue value = target.value();
        if (value instanceof TargetValue.Numeric numeric) {
            insert.setString(3, "NUMERIC");
            setDecimal(insert, 4, numeric.amount());
            setDecimal(insert, 6, null);
            insert.setNull(8, Types.VARCHAR);
        } else if (value instanceof TargetValue.Range range) {
            insert.setString(3, "RANGE");
            setDecimal(insert, 4, range.lower());
            setDecimal(insert, 6, range.upper());
            insert.setNull(8, Types.VARCHAR);
        } else {
            insert.setString(3, "QUALITATIVE");
            setDecimal(insert, 4, null);
            setDecimal(insert, 6, null);
            insert.setString(8, ((TargetValue.Qualitative) value).text());
        }
        insert.setString(9, target.promisedCategory());
    }

    private static void setDecimal(PreparedStatement statement, int column, java.math.BigDecimal value)
            throws SQLException {
        if (value == null) {
            statement.setNull(column, Types.NUMERIC);
            statement.setNull(column + 1, Types.SMALLINT);
        } else {
            statement.setBigDecimal(column, value);
            statement.setShort(column + 1, Decimals.scaleOf(value));
        }
    }

    Map<UUID, List<Target>> read(Collection<UUID> indicatorIds) {
        if (indicatorIds.isEmpty()) {
            return Map.of();
        }
        String select = "SELECT t.indicator_id, t.target_year, t.value_kind, t.amount, t.amount_scale, t.upper_amount,"
                + " t.upper_scale, t.qualitative_text, t.category FROM " + WantedIds.TABLE
                + " JOIN indicator_target t ON t.indicator_id = wanted.id ORDER BY t.target_year";
        return sql.query(select, statement -> {
            WantedIds.set(statement, 1, indicatorIds);
            Map<UUID, List<Target>> byIndicator = new HashMap<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    byIndicator
                            .computeIfAbsent(rows.getObject("indicator_id", UUID.class), id -> new ArrayList<>())
                            .add(toTarget(rows));
                }
            }
            return byIndicator;
        });
    }

    private static Target toTarget(ResultSet row) throws SQLException {
        TargetValue value = switch (row.getString("value_kind")) {
            case "NUMERIC" ->
                new TargetValue.Numeric(Decimals.restore(row.getBigDecimal("amount"), row.getShort("amount_scale")));
            case "RANGE" ->
                new TargetValue.Range(
                        Decimals.restore(row.getBigDecimal("amount"), row.getShort("amount_scale")),
                        Decimals.restore(row.getBigDecimal("upper_amount"), row.getShort("upper_scale")));
            default -> new TargetValue.Qualitative(row.getString("qualitative_text"));
        };
        return new Target(Year.of(row.getInt("target_year")), value, row.getString("category"));
    }
}
