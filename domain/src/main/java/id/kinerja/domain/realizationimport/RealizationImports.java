package id.kinerja.domain.realizationimport;

import id.kinerja.domain.shared.NotFound;
import java.time.Instant;
import java.util.Optional;

/** The uploaded realization sheets. */
public interface RealizationImports {
    void add(RealizationImport sheet);

    Optional<RealizationImport> find(RealizationImportId id);

    /**
     * Marks the sheet committed, only if it was not yet; false when another commit came first (the database
     * decides, so two commits racing write the values once).
     */
    boolean markCommitted(RealizationImportId id, String by, Instant at);

    default RealizationImport get(RealizationImportId id) {
        return find(id).orElseThrow(() -> new NotFound("realization import", id));
    }
}
