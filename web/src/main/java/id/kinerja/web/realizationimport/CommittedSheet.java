package id.kinerja.web.realizationimport;

import id.kinerja.domain.realizationimport.CommitRealizationImport;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import java.util.UUID;

/** What the audit trail records of a committed sheet: the realizations it wrote. */
@Serdeable
record CommittedSheet(UUID id, List<UUID> realizationIds) {
    static CommittedSheet of(CommitRealizationImport.Committed committed) {
        return new CommittedSheet(
                committed.sheet().id().value(),
                committed.realizations().stream().map(r -> r.id().value()).toList());
    }
}
