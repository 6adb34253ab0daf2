package id.kinerja.domain.user;

import id.kinerja.domain.organization.OrganizationUnitId;
import id.kinerja.domain.organization.OrganizationUnits;
import id.kinerja.domain.organization.OrganizationUnits.UnitOutline;
import id.kinerja.domain.shared.Page;
import id.kinerja.domain.shared.PageRequest;
import id.kinerja.domain.user.AccountGaps.AccountWithoutUnits;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Yang perlu diatur administrator: accounts that work for no unit, and units no evaluator serves — neither
 * assigned to the unit nor to a unit above it (ADR 0013). Two statements for the accounts (the page and its
 * count), two for the units (every unit's outline, the units assigned to evaluators), however many there are.
 */
public final class ReadAdministrationDue {
    private static final Comparator<UnitOutline> BY_NAME = Comparator.comparing(UnitOutline::name)
            .thenComparing(unit -> unit.id().value());

    private final AccountGaps gaps;
    private final OrganizationUnits units;

    public ReadAdministrationDue(AccountGaps gaps, OrganizationUnits units) {
        this.gaps = gaps;
        this.units = units;
    }

    public Page<AccountWithoutUnits> accountsWithoutUnits(PageRequest page) {
        return gaps.withoutUnits(page);
    }

    /** Units without an evaluator, by name, a page at a time with the total. */
    public Page<UnitOutline> unitsWithoutEvaluators(PageRequest page) {
        List<UnitOutline> outline = units.outline();
        Set<OrganizationUnitId> assigned = gaps.unitsAssignedToEvaluators();
        Map<OrganizationUnitId, OrganizationUnitId> parents = new HashMap<>();
        outline.forEach(unit -> {
            if (unit.parentId() != null) {
                parents.put(unit.id(), unit.parentId());
            }
        });
        List<UnitOutline> unserved = outline.stream()
                .filter(unit -> !served(unit.id(), assigned, parents))
                .sorted(BY_NAME)
                .toList();
        return new Page<>(
                unserved.stream().skip(page.offset()).limit(page.size()).toList(), page, unserved.size());
    }

    /** Whether the unit or one above it is assigned; a cycle (which the hierarchy refuses) ends the walk. */
    private static boolean served(
            OrganizationUnitId unit,
            Set<OrganizationUnitId> assigned,
            Map<OrganizationUnitId, OrganizationUnitId> parents) {
        Set<OrganizationUnitId> seen = new HashSet<>();
        for (OrganizationUnitId at = unit; at != null && seen.add(at); at = parents.get(at)) {
            if (assigned.contains(at)) {
                return true;
            }
        }
        return false;
    }
}
