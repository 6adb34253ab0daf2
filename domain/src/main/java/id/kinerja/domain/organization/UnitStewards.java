package id.kinerja.domain.organization;

/**
 * Who plans for a unit: answered where people and their assignments live ({@code user.UnitStewardship}), so
 * that the unit tree's use cases can ask without knowing people (ADR 0020).
 */
public interface UnitStewards {
    /**
     * Refuses ({@code NotPermitted}, 403) unless the person may plan for the unit: an administrator for every
     * unit, a planner for the units they are assigned to and the units under them.
     */
    void requirePlans(UnitActor by, OrganizationUnitId unit);
}
