package id.kinerja.persistence.report;

import id.kinerja.domain.indicator.IndicatorId;
import id.kinerja.domain.organization.OrganizationUnitId;
import id.kinerja.domain.report.Narrative;
import id.kinerja.domain.report.NarrativeEntry;
import id.kinerja.domain.report.NarrativeSection;
import id.kinerja.domain.report.ReportNarratives;
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
import java.util.Optional;
import java.util.UUID;

/** One row per written section; the version column guards concurrent edits of the same section. */
@Singleton
class JdbcReportNarratives implements ReportNarratives {
    private static final String OF_THE_REPORT = "";

    private final SqlStatements sql;

    JdbcReportNarratives(SqlStatements sql) {
        this.sql = sql;
    }

    @Override
    public Narrative of(OrganizationUnitId unit, Year year) {
        return sql.query(
                "SELECT section, subject, body, written_by, written_at, version FROM report_narrative"
                        + " WHERE unit_id = ? AND report_year = ? ORDER BY section, subject",
                statement -> {
                    statement.setObject(1, unit.value());
                    statement.setInt(2, year.value());
                    List<NarrativeEntry> entries = new ArrayList<>();
                    try (ResultSet row = statement.executeQuery()) {
                        while (row.next()) {
                            String subject = row.getString(2);
                            entries.add(new NarrativeEntry(
                                    unit,
                                    year,
                                    NarrativeSection.valueOf(row.getString(1)),
                                    subject.equals(OF_THE_REPORT)
                                            ? Optional.empty()
                                            : Optional.of(new IndicatorId(UUID.fromString(subject))),
                                    row.getString(3),
                                    row.getString(4),
                                    row.getTimestamp(5).toInstant(),
                                    row.getLong(6)));
                        }
                    }
                    return new Narrative(entries);
                });
    }

    /** A stale version, or a first write of a section that exists, writes nothing and is refused as stale. */
    @Override
    public NarrativeEntry save(NarrativeEntry next, long expectedVersion) {
        String subject = next.indicator().map(id -> id.value().toString()).orElse(OF_THE_REPORT);
        try {
            return sql.write(connection -> {
                String statement = expectedVersion == 0
                        ? "INSERT INTO report_narrative (body, written_by, written_at, version, unit_id, report_year,"
                                + " section, subject) VALUES (?, ?, ?, 1, ?, ?, ?, ?) ON CONFLICT DO NOTHING"
                        : "UPDATE report_narrative SET body = ?, written_by = ?, written_at = ?, version = version + 1"
                                + " WHERE unit_id = ? AND report_year = ? AND section = ? AND subject = ?"
                                + " AND version = ?";
                try (PreparedStatement write = connection.prepareStatement(statement)) {
                    write.setString(1, next.text());
                    write.setString(2, next.writtenBy());
                    write.setTimestamp(3, Timestamp.from(next.writtenAt()));
                    write.setObject(4, next.unit().value());
                    write.setInt(5, next.year().value());
                    write.setString(6, next.section().name());
                    write.setString(7, subject);
                    if (expectedVersion != 0) {
                        write.setLong(8, expectedVersion);
                    }
                    if (write.executeUpdate() == 0) {
                        throw StaleVersion.raced("report section", next.section(), expectedVersion);
                    }
                }
                return new NarrativeEntry(
                        next.unit(),
                        next.year(),
                        next.section(),
                        next.indicator(),
                        next.text(),
                        next.writtenBy(),
                        next.writtenAt(),
                        expectedVersion + 1);
            });
        } catch (RuntimeException e) {
            // a first write of a section someone else wrote meanwhile inserts nothing (ON CONFLICT DO NOTHING,
            // so that PostgreSQL's transaction stays usable for the refusal's page and audit line); anything the
            // database still refuses is a conflict
            throw RootRows.asConflict(e, "report section");
        }
    }
}
