package id.kinerja.domain.matrix;

import id.kinerja.domain.decree.DecreeId;
import id.kinerja.domain.organization.OrganizationUnitId;
import id.kinerja.domain.shared.InvalidValue;
import java.time.Instant;
import java.util.Optional;

/**
 * An uploaded matriks IKU, kept as the file itself between its preview and its commit (the preview is read
 * from it again, so what is committed is exactly what was shown), and afterwards as the source of its decree.
 */
public record IndicatorMatrix(
        IndicatorMatrixId id,
        OrganizationUnitId unitId,
        String fileName,
        byte[] content,
        String uploadedBy,
        Instant uploadedAt,
        DecreeId committedAs) {

    public IndicatorMatrix {
        InvalidValue.requirePresent(id, "id");
        InvalidValue.requirePresent(unitId, "unitId");
        InvalidValue.requirePresent(content, "file");
        InvalidValue.requirePresent(uploadedAt, "uploadedAt");
        fileName = fileName == null || fileName.isBlank() ? "matriks-iku" : fileName.strip();
        fileName = fileName.length() > 255 ? fileName.substring(0, 255) : fileName;
    }

    public Optional<DecreeId> committed() {
        return Optional.ofNullable(committedAs);
    }
}
