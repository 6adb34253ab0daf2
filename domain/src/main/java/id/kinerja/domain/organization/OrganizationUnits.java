package id.kinerja.domain.organization;

import id.kinerja.domain.shared.NotFound;
import id.kinerja.domain.shared.Page;
import id.kinerja.domain.shared.PageRequest;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The stored organization units. */
public interface OrganizationUnits {
    Optional<OrganizationUnit> find(OrganizationUnitId id);

    /** Stores a new unit, or the changes of a known one if its version is still the stored one. */
    OrganizationUnit save(OrganizationUnit unit);

    /** All units, in hierarchy order (each parent before its children), then by name. */
    Page<OrganizationUnit> list(PageRequest page);

    /** The given units (those that exist), read in a fixed number of statements, in no particular order. */
    List<OrganizationUnit> findAll(Collection<OrganizationUnitId> ids);

    /** Every unit's id, parent and name, in one light read: enough to order the tree or fill a picker. */
    List<UnitOutline> outline();

    /** Where a unit sits and what it is called, without its duties. */
    record UnitOutline(OrganizationUnitId id, OrganizationUnitId parentId, String name) {}

    default OrganizationUnit get(OrganizationUnitId id) {
        return find(id).orElseThrow(() -> new NotFound("organization unit", id));
    }
}
