package id.kinerja.domain.evaluation;

import id.kinerja.domain.organization.OrganizationUnit;
import id.kinerja.domain.organization.OrganizationUnitId;
import id.kinerja.domain.organization.OrganizationUnits;
import id.kinerja.domain.shared.Page;
import id.kinerja.domain.shared.PageRequest;
import id.kinerja.domain.shared.Year;
import id.kinerja.domain.user.Users;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Riwayat tutup tahun: the unit-years closed (or reopened since), the latest change first, with the unit's
 * name and the name of who changed it. A fixed number of reads whatever the page.
 */
public final class ReadYearClosures {
    private final YearClosures closures;
    private final OrganizationUnits units;
    private final Users users;

    public ReadYearClosures(YearClosures closures, OrganizationUnits units, Users users) {
        this.closures = closures;
        this.units = units;
        this.users = users;
    }

    /**
     * A closed or reopened unit-year.
     *
     * @param closed true while closed, false once reopened
     * @param changedBy the display name of who closed or reopened it, or the username without an account
     */
    public record ClosedYear(
            OrganizationUnitId unitId,
            String unitName,
            Year year,
            boolean closed,
            String changedBy,
            Instant changedAt,
            String reason) {}

    /** The unit's year: closed, reopened, or open as nobody closed it; refuses an unknown unit. */
    public YearClosure of(OrganizationUnitId unitId, Year year) {
        return closures.of(units.get(unitId).id(), year);
    }

    public Page<ClosedYear> recent(PageRequest page) {
        Page<YearClosure> found = closures.recent(page);
        if (found.items().isEmpty()) {
            return new Page<>(java.util.List.of(), page, found.total());
        }
        Map<OrganizationUnitId, String> unitNames =
                units
                        .findAll(found.items().stream()
                                .map(YearClosure::unitId)
                                .distinct()
                                .toList())
                        .stream()
                        .collect(Collectors.toMap(
                                OrganizationUnit::id, unit -> unit.profile().name()));
        Map<String, String> names = users.displayNamesOf(found.items().stream()
                .map(YearClosure::changedBy)
                .filter(Objects::nonNull)
                .distinct()
                .toList());
        return new Page<>(
                found.items().stream()
                        .map(closure -> new ClosedYear(
                                closure.unitId(),
                                unitNames.getOrDefault(closure.unitId(), "—"),
                                closure.year(),
                                closure.closed(),
                                closure.changedBy() == null
                                        ? null
                                        : names.getOrDefault(closure.changedBy(), closure.changedBy()),
                                closure.changedAt(),
                                closure.reason()))
                        .toList(),
                page,
                found.total());
    }
}
