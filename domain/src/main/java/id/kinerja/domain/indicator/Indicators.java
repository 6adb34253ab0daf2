package id.kinerja.domain.indicator;

import id.kinerja.domain.decree.DecreeId;
import id.kinerja.domain.organization.OrganizationUnitId;
import id.kinerja.domain.shared.NotFound;
import id.kinerja.domain.shared.Page;
import id.kinerja.domain.shared.PageRequest;
import java.util.Collection;
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

    /** The indicators of these decrees with their targets, read in a fixed number of statements. */
    List<Indicator> ofDecrees(Collection<DecreeId> decreeIds);

    /** For each given indicator that exists: its name and the unit whose objective it measures, in one read. */
    List<IndicatorLabel> labelsOf(Collection<IndicatorId> ids);

    /** What a list shows of an indicator: its name and its unit's name. */
    record IndicatorLabel(IndicatorId id, String name, OrganizationUnitId unitId, String unitName) {}

    default Indicator get(IndicatorId id) {
        return find(id).orElseThrow(() -> new NotFound("indicator", id));
    }
}
