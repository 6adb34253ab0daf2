package id.kinerja.domain.evaluation;

import id.kinerja.domain.indicator.IndicatorId;
import id.kinerja.domain.indicator.Target;
import id.kinerja.domain.organization.OrganizationUnitId;
import id.kinerja.domain.shared.Year;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The targets of the unit's signed Perjanjian Kinerja for a year, as attainment reads them. */
public interface AgreedTargets {
    /** No agreement anywhere: every evaluation is against the IKU. */
    AgreedTargets NONE = new AgreedTargets() {
        @Override
        public Optional<SignedTargets> signedFor(OrganizationUnitId unit, Year year) {
            return Optional.empty();
        }

        @Override
        public Optional<SignedTargets> signedAsOf(OrganizationUnitId unit, Year year, LocalDate day) {
            return Optional.empty();
        }
    };

    /** The latest signed version's targets, if a version is signed. */
    Optional<SignedTargets> signedFor(OrganizationUnitId unit, Year year);

    /**
     * The targets of the last version signed on or before the day, if one was: the agreement in force that day
     * (ADR 0031). A signed version is never changed, so it reads as it did then.
     */
    Optional<SignedTargets> signedAsOf(OrganizationUnitId unit, Year year, LocalDate day);

    /**
     * The latest signed version's targets of each of these units that signed one, for readers of many units at
     * once (the recap, the cascade); an adapter answers it in a fixed number of statements.
     */
    default Map<OrganizationUnitId, SignedTargets> signedFor(Collection<OrganizationUnitId> units, Year year) {
        Map<OrganizationUnitId, SignedTargets> found = new HashMap<>();
        units.forEach(unit -> signedFor(unit, year).ifPresent(signed -> found.put(unit, signed)));
        return found;
    }

    /** The targets one signed version of the agreement promises, by indicator. */
    record SignedTargets(int version, LocalDate signedOn, Map<IndicatorId, Target> targets) {
        public SignedTargets {
            targets = Map.copyOf(targets);
        }
    }
}
