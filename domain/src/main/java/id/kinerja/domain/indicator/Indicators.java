package id.kinerja.domain.indicator;

import id.kinerja.domain.decree.DecreeId;
import id.kinerja.domain.shared.NotFound;
import id.kinerja.domain.shared.Page;
import id.kinerja.domain.shared.PageRequest;
import java.util.List;
import java.util.Optional;

/** The stored indicators, each with its targets. */
public interface Indicators {
    Optional<Indicator> find(IndicatorId id);

    /** Stores a new indicator, or a known one's changes if its version is still the stored one. */
    Indicator save(Indicator indicator);

    /** A decree's indicators with their targets, in one read, ordered by objective then code. */
    List<Indicator> ofDecree(DecreeId decreeId);

    Page<Indicator> list(PageRequest page);

    default Indicator get(IndicatorId id) {
        return find(id).orElseThrow(() -> new NotFound("indicator", id));
    }
}
