package id.kinerja.web.matrix;

import id.kinerja.domain.matrix.IndicatorMatrix;
import io.micronaut.serde.annotation.Serdeable;
import java.util.UUID;

/** What the audit trail records of an uploaded matrix: which file, for which unit (not its bytes). */
@Serdeable
record UploadedMatrix(UUID id, UUID unitId, String fileName) {
    static UploadedMatrix of(IndicatorMatrix matrix) {
        return new UploadedMatrix(matrix.id().value(), matrix.unitId().value(), matrix.fileName());
    }
}
