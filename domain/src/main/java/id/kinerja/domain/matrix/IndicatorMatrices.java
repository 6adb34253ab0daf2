package id.kinerja.domain.matrix;

import id.kinerja.domain.decree.DecreeId;
import id.kinerja.domain.shared.NotFound;
import java.util.Optional;

/** The uploaded indicator matrices. */
public interface IndicatorMatrices {
    void add(IndicatorMatrix matrix);

    Optional<IndicatorMatrix> find(IndicatorMatrixId id);

    /**
     * Records the decree a matrix became, only if it has none yet; false when another commit came first (the
     * database decides, so two commits racing make one decree).
     */
    boolean markCommitted(IndicatorMatrixId id, DecreeId decree);

    default IndicatorMatrix get(IndicatorMatrixId id) {
        return find(id).orElseThrow(() -> new NotFound("indicator matrix", id));
    }
}
