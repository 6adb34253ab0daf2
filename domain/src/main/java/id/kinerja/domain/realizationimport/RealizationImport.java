package id.kinerja.domain.realizationimport;

import id.kinerja.domain.organization.OrganizationUnitId;
import id.kinerja.domain.shared.InvalidValue;
import id.kinerja.domain.shared.ReportingPeriod;
import id.kinerja.domain.shared.Year;
import java.time.Instant;
import java.util.Optional;

/**
 * An uploaded realization sheet of a unit for a year and a reporting period, kept as the file itself between its
 * preview and its commit (the commit reads it again, so what is written is what was shown), and afterwards as the
 * record of the import.
 *
 * @param committedAt when it was committed; null while it is only previewed
 */
public record RealizationImport(
        RealizationImportId id,
        OrganizationUnitId unitId,
        Year year,
        ReportingPeriod period,
        String fileName,
        byte[] content,
        String uploadedBy,
        Instant uploadedAt,
        Instant committedAt) {

    public RealizationImport {
        InvalidValue.requirePresent(id, "id");
        InvalidValue.requirePresent(unitId, "unitId");
        InvalidValue.requirePresent(year, "year");
        InvalidValue.requirePresent(period, "period");
        InvalidValue.requirePresent(content, "file");
        InvalidValue.requirePresent(uploadedAt, "uploadedAt");
        fileName = fileName == null || fileName.isBlank() ? "realisasi.xlsx" : fileName.strip();
        fileName = fileName.length() > 255 ? fileName.substring(0, 255) : fileName;
    }

    public Optional<Instant> committed() {
        return Optional.ofNullable(committedAt);
    }
}
