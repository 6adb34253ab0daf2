package id.kinerja.web.realizationimport;

import id.kinerja.domain.realizationimport.RealizationImport;
import io.micronaut.serde.annotation.Serdeable;
import java.util.UUID;

/** What the audit trail records of an uploaded sheet: which file, for which unit and period (not its bytes). */
@Serdeable
record UploadedSheet(UUID id, UUID unitId, int year, String period, String fileName) {
    static UploadedSheet of(RealizationImport sheet) {
        return new UploadedSheet(
                sheet.id().value(),
                sheet.unitId().value(),
                sheet.year().value(),
                sheet.period().name(),
                sheet.fileName());
    }
}
