package id.kinerja.domain.evaluation;

import id.kinerja.domain.organization.OrganizationUnitId;
import id.kinerja.domain.shared.Year;
import java.time.Instant;
import java.util.List;

/** Hasil terbuka: which units publish the verified figures of their closed years to anyone. */
public interface ResultPublications {
    boolean published(OrganizationUnitId unit);

    /** Opts the unit in or out; the last change is kept with who made it and when. */
    void set(OrganizationUnitId unit, boolean published, String by, Instant at);

    /** Every closed year of every unit that publishes, by unit name then year (the latest first), in one read. */
    List<PublishedYear> closedYearsOfPublishingUnits();

    /** A unit that publishes and one of its closed years. */
    record PublishedYear(OrganizationUnitId unitId, String unitName, Year year) {}
}
