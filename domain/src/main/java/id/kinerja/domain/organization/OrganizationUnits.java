package id.kinerja.domain.organization;

import id.kinerja.domain.shared.NotFound;
import id.kinerja.domain.shared.Page;
import id.kinerja.domain.shared.PageRequest;
import java.util.Optional;

/** The stored organization units. */
public interface OrganizationUnits {
    Optional<OrganizationUnit> find(OrganizationUnitId id);

    /** Stores a new unit, or the changes of a known one if its version is still the stored one. */
    OrganizationUnit save(OrganizationUnit unit);

    /** All units, in hierarchy order (each parent before its children), then by name. */
    Page<OrganizationUnit> list(PageRequest page);

    default OrganizationUnit get(OrganizationUnitId id) {
        return find(id).orElseThrow(() -> new NotFound("organization unit", id));
    }
}
