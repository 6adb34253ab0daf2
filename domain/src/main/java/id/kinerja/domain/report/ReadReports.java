package id.kinerja.domain.report;

import id.kinerja.domain.organization.OrganizationUnitId;
import id.kinerja.domain.shared.NotFound;
import id.kinerja.domain.shared.Year;
import java.util.List;

/** What the report pages and addresses read: the narrative written so far, the issues and their files. */
public final class ReadReports {
    private final ReportNarratives narratives;
    private final ReportIssues issues;

    public ReadReports(ReportNarratives narratives, ReportIssues issues) {
        this.narratives = narratives;
        this.issues = issues;
    }

    public Narrative narrative(OrganizationUnitId unit, Year year) {
        return narratives.of(unit, year);
    }

    /** The issues of the unit's report of the year, the latest first. */
    public List<IssuedReport> issues(OrganizationUnitId unit, Year year) {
        return issues.of(unit, year);
    }

    public IssuedReport issue(OrganizationUnitId unit, Year year, int sequence) {
        return issues.of(unit, year).stream()
                .filter(issued -> issued.sequence() == sequence)
                .findFirst()
                .orElseThrow(() -> new NotFound("report issue", IssuedReport.number(year, sequence)));
    }

    /** The file as it was issued, byte for byte. */
    public byte[] file(OrganizationUnitId unit, Year year, int sequence, ReportFormat format) {
        return issues.file(unit, year, sequence, format)
                .orElseThrow(() -> new NotFound("report issue", IssuedReport.number(year, sequence)));
    }
}
