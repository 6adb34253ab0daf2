package id.kinerja.persistence.evaluation;

import id.kinerja.domain.evaluation.YearClosure;
import id.kinerja.domain.evaluation.YearClosures;
import id.kinerja.domain.organization.OrganizationUnitId;
import id.kinerja.domain.shared.Page;
import id.kinerja.domain.shared.PageRequest;
import id.kinerja.domain.shared.StaleVersion;
import id.kinerja.domain.shared.Year;
import id.kinerja.persistence.shared.RootRows;
import id.kinerja.persistence.shared.SqlStatements;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** One row per unit and year once the year was first closed; the version guards concurrent close and reopen. */
@Singleton
class JdbcYearClosures implements YearClosures {
    private final SqlStatements sql;

    JdbcYearClosures(SqlStatements sql) {
        this.sql = sql;
    }

    @Override
    public YearClosure of(OrganizationUnitId unit, Year year) {
        return sql.query(
                "SELECT closed, changed_by, changed_at, reason, version FROM year_closure"
                        + " WHERE unit_id = ? AND closure_year = ?",
                statement -> {
                    statement.setObject(1, unit.value());
                    statement.setInt(2, year.value());
                    try (ResultSet row = statement.executeQuery()) {
                        if (!row.next()) {
                            return YearClosure.open(unit, year);
                        }
                        return new YearClosure(
                                unit,
                                year,
                                row.getBoolean(1),
                                row.getString(2),
                                row.getTimestamp(3).toInstant(),
                                row.getString(4),
                                row.getLong(5));
                    }
                });
    }

    @Override
    public List<YearClosure> ofYear(Year year) {
        return sql.query(
                "SELECT unit_id, closure_year, closed, changed_by, changed_at, reason, version FROM year_closure"
                        + " WHERE closure_year = ?",
                statement -> {
                    statement.setInt(1, year.value());
                    return closures(statement);
                });
    }

    @Override
    public Page<YearClosure> recent(PageRequest page) {
        List<YearClosure> items = sql.query(
                "SELECT unit_id, closure_year, closed, changed_by, changed_at, reason, version FROM year_closure"
                        + " ORDER BY changed_at DESC, unit_id, closure_year LIMIT ? OFFSET ?",
                statement -> {
                    statement.setInt(1, page.size());
                    statement.setLong(2, page.offset());
                    return closures(statement);
                });
        long total = sql.query("SELECT COUNT(*) FROM year_closure", count -> {
            try (ResultSet found = count.executeQuery()) {
                found.next();
                return found.getLong(1);
            }
        });
        return new Page<>(items, page, total);
    }

    private static List<YearClosure> closures(PreparedStatement statement) throws java.sql.SQLException {
        List<YearClosure> found = new ArrayList<>();
        try (ResultSet row = statement.executeQuery()) {
            while (row.next()) {
                found.add(new YearClosure(
                        new OrganizationUnitId(row.getObject(1, UUID.class)),
                        Year.of(row.getInt(2)),
                        row.getBoolean(3),
                        row.getString(4),
                        row.getTimestamp(5).toInstant(),
                        row.getString(6),
                        row.getLong(7)));
            }
        }
        return found;
    }

    @Override
    public YearClosure save(YearClosure previous, YearClosure next) {
        try {
            return sql.write(connection -> {
                String statement = previous.isNew()
                        ? "INSERT INTO year_closure (closed, changed_by, changed_at, reason, version, unit_id,"
                                + " closure_year) VALUES (?, ?, ?, ?, 0, ?, ?)"
                        : "UPDATE year_closure SET closed = ?, changed_by = ?, changed_at = ?, reason = ?,"
                                + " version = version + 1 WHERE unit_id = ? AND closure_year = ? AND version = ?";
                try (PreparedStatement write = connection.prepareStatement(statement)) {
                    write.setBoolean(1, next.closed());
                    write.setString(2, next.changedBy());
                    write.setTimestamp(3, Timestamp.from(next.changedAt()));
                    write.setString(4, next.reason());
                    write.setObject(5, next.unitId().value());
                    write.setInt(6, next.year().value());
                    if (!previous.isNew()) {
                        write.setLong(7, previous.version());
                    }
                    if (write.executeUpdate() == 0) {
                        throw StaleVersion.raced("year closure", next.unitId(), previous.version());
                    }
                }
                return new YearClosure(
                        next.unitId(),
                        next.year(),
                        next.closed(),
                        next.changedBy(),
                        next.changedAt(),
                        next.reason(),
                        previous.version() + 1);
            });
        } catch (RuntimeException e) {
            throw RootRows.asConflict(e, "year closure");
        }
    }
}
