package id.kinerja.domain.agreement;

import id.kinerja.domain.organization.OrganizationUnitId;
import id.kinerja.domain.shared.Year;
import java.util.List;
import java.util.Optional;

/** The stored versions of the units' Perjanjian Kinerja. */
public interface PerformanceAgreements {
    /** Every version of the unit's agreement for the year, version 1 first. */
    List<PerformanceAgreement> versionsOf(OrganizationUnitId unit, Year year);

    Optional<PerformanceAgreement> find(PerformanceAgreementId id);

    /**
     * Stores a new version, or the change of a stored one if its stored row is still at {@code next.version()};
     * returns it as stored. Two first versions (or two revisions) of one unit and year collide and the second is
     * refused.
     */
    PerformanceAgreement save(PerformanceAgreement next);
}
