package id.kinerja.domain.cascade;

import id.kinerja.domain.organization.OrganizationUnitId;
import id.kinerja.domain.shared.InvalidValue;

/**
 * Dukungan kaskade: a node of a unit supports a node of its parent unit. The units are those of the two nodes,
 * kept so the tree finds every link of its units in one read.
 */
public record Support(
        CascadeNode supporter,
        OrganizationUnitId supporterUnit,
        CascadeNode supported,
        OrganizationUnitId supportedUnit) {
    public Support {
        InvalidValue.requirePresent(supporter, "supporter");
        InvalidValue.requirePresent(supporterUnit, "supporterUnit");
        InvalidValue.requirePresent(supported, "supported");
        InvalidValue.requirePresent(supportedUnit, "supportedUnit");
    }
}
