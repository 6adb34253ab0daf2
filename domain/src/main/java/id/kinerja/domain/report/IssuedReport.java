package id.kinerja.domain.report;

import id.kinerja.domain.organization.OrganizationUnitId;
import id.kinerja.domain.shared.Year;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An issued LKjIP: frozen under its sequence number within the unit and year, with what it was drawn from
 * ({@code sources}: the realizations and their versions, the survey results, the rating scale, the
 * narrative's versions), the figures it printed and what changed since the issue before it. Its files are
 * kept apart ({@link ReportIssues#file}).
 */
public record IssuedReport(
        OrganizationUnitId unit,
        Year year,
        int sequence,
        LocalDate issuedOn,
        String issuedBy,
        Instant issuedAt,
        String ratingScale,
        List<String> sources,
        List<ReportFigure> figures,
        List<FigureChange> changes) {
    public IssuedReport {
        sources = List.copyOf(sources);
        figures = List.copyOf(figures);
        changes = List.copyOf(changes);
    }

    /** "LKjIP-2024/3": the issue number a reader cites. */
    public String number() {
        return number(year, sequence);
    }

    public static String number(Year year, int sequence) {
        return "LKjIP-" + year.value() + "/" + sequence;
    }
}
