package id.kinerja.domain.report;

import id.kinerja.domain.organization.OrganizationUnitId;
import id.kinerja.domain.shared.Year;
import java.util.List;
import java.util.Optional;

/** The issued reports and their files, never changed once stored. */
public interface ReportIssues {
    /** The unit's issues of the year, the latest first. */
    List<IssuedReport> of(OrganizationUnitId unit, Year year);

    /** Stores a new issue with its files; a second issue under the same number is refused as a conflict. */
    void add(IssuedReport issued, RenderedReport files);

    Optional<byte[]> file(OrganizationUnitId unit, Year year, int sequence, ReportFormat format);
}
