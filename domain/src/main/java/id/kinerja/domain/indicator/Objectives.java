package id.kinerja.domain.indicator;

import id.kinerja.domain.decree.DecreeId;
import id.kinerja.domain.organization.OrganizationUnitId;
import id.kinerja.domain.shared.NotFound;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The stored objectives. */
public interface Objectives {
    Optional<Objective> find(ObjectiveId id);

    Objective add(Objective objective);

    /**
     * Stores a revised objective if the stored one still has the version it was read with, and answers it with its
     * next version; otherwise nothing is written and the change is refused as stale.
     */
    Objective update(Objective objective);

    /** A decree's objectives in annex order (by code). */
    List<Objective> ofDecree(DecreeId decreeId);

    /** A unit's objectives under every decree that set them, by decree then code. */
    List<Objective> ofUnit(OrganizationUnitId unitId);

    /** The objectives of these units, in one read, by unit, decree then code. */
    List<Objective> ofUnits(Collection<OrganizationUnitId> unitIds);

    default Objective get(ObjectiveId id) {
        return find(id).orElseThrow(() -> new NotFound("objective", id));
    }
}
