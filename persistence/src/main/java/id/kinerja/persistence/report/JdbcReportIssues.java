package id.kinerja.persistence.report;

import id.kinerja.domain.organization.OrganizationUnitId;
import id.kinerja.domain.report.FigureChange;
import id.kinerja.domain.report.IssuedReport;
import id.kinerja.domain.report.RenderedReport;
import id.kinerja.domain.report.ReportFigure;
import id.kinerja.domain.report.ReportFormat;
import id.kinerja.domain.report.ReportIssues;
import id.kinerja.domain.shared.ConflictingState;
import id.kinerja.domain.shared.Year;
import id.kinerja.persistence.shared.RootRows;
import id.kinerja.persistence.shared.SqlStatements;
import jakarta.inject.Singleton;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Issued reports: inserted once, read many times, never updated; the files are read only when downloaded. */
@Singleton
class JdbcReportIssues implements ReportIssues {
    private final SqlStatements sql;

    JdbcReportIssues(SqlStatements sql) {
        this.sql = sql;
    }

    @Override
    public List<IssuedReport> of(OrganizationUnitId unit, Year year) {
        return sql.query(
                "SELECT sequence_no, issued_on, issued_by, issued_at, rating_scale, sources, figures, changes"
                        + " FROM report_issue WHERE unit_id = ? AND report_year = ? ORDER BY sequence_no DESC",
                statement -> {
                    statement.setObject(1, unit.value());
                    statement.setInt(2, year.value());
                    List<IssuedReport> found = new ArrayList<>();
                    try (ResultSet row = statement.executeQuery()) {
                        while (row.next()) {
                            found.add(new IssuedReport(
                                    unit,
                                    year,
                                    row.getInt(1),
                                    row.getDate(2).toLocalDate(),
                                    row.getString(3),
                                    row.getTimestamp(4).toInstant(),
                                    row.getString(5),
                                    TabbedLines.read(row.getString(6)).stream()
                                            .map(line -> line.get(0))
                                            .toList(),
                                    TabbedLines.read(row.getString(7)).stream()
                                            .map(line -> new ReportFigure(line.get(0), line.get(1), line.get(2)))
                                            .toList(),
                                    TabbedLines.read(row.getString(8)).stream()
                                            .map(line -> new FigureChange(line.get(0), line.get(1), line.get(2)))
                                            .toList()));
                        }
                    }
                    return found;
                });
    }

    @Override
    public void add(IssuedReport issued, RenderedReport files) {
        try {
            sql.write(connection -> {
                try (PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO report_issue (unit_id,"
                                + " report_year, sequence_no, issued_on, issued_by, issued_at, rating_scale, sources, figures,"
                                + " changes, pdf, docx, xlsx) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")) {
                    insert.setObject(1, issued.unit().value());
                    insert.setInt(2, issued.year().value());
                    insert.setInt(3, issued.sequence());
                    insert.setDate(4, Date.valueOf(issued.issuedOn()));
                    insert.setString(5, issued.issuedBy());
                    insert.setTimestamp(6, Timestamp.from(issued.issuedAt()));
                    insert.setString(7, issued.ratingScale());
                    insert.setString(
                            8,
                            TabbedLines.write(
                                    issued.sources().stream().map(List::of).toList()));
                    insert.setString(
                            9,
                            TabbedLines.write(issued.figures().stream()
                                    .map(figure -> List.of(figure.key(), figure.label(), figure.shown()))
                                    .toList()));
                    insert.setString(
                            10,
                            TabbedLines.write(issued.changes().stream()
                                    .map(change ->
                                            java.util.Arrays.asList(change.label(), change.before(), change.after()))
                                    .toList()));
                    insert.setBytes(11, files.pdf());
                    insert.setBytes(12, files.docx());
                    insert.setBytes(13, files.xlsx());
                    if (insert.executeUpdate() == 0) {
                        // two auditors issuing at once: the second meets the first's number and stores nothing,
                        // its transaction still usable for the refusal's page and audit line
                        throw new ConflictingState(
                                "constraint.violated",
                                null,
                                "report issue " + issued.number() + " was issued meanwhile",
                                "report issue");
                    }
                }
                return null;
            });
        } catch (RuntimeException e) {
            // two auditors issuing at once: the second meets the first's number
            throw RootRows.asConflict(e, "report issue");
        }
    }

    @Override
    public Optional<byte[]> file(OrganizationUnitId unit, Year year, int sequence, ReportFormat format) {
        String column = switch (format) {
            case PORTABLE_DOCUMENT -> "pdf";
            case WORD_DOCUMENT -> "docx";
            case SPREADSHEET -> "xlsx";
        };
        return sql.query(
                "SELECT " + column + " FROM report_issue WHERE unit_id = ? AND report_year = ? AND sequence_no = ?",
                statement -> {
                    statement.setObject(1, unit.value());
                    statement.setInt(2, year.value());
                    statement.setInt(3, sequence);
                    try (ResultSet row = statement.executeQuery()) {
                        return row.next() ? Optional.ofNullable(row.getBytes(1)) : Optional.empty();
                    }
                });
    }
}
