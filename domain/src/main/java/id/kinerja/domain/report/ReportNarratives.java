package id.kinerja.domain.report;

import id.kinerja.domain.organization.OrganizationUnitId;
import id.kinerja.domain.shared.Year;

/** The narrative of the units' reports. */
public interface ReportNarratives {
    Narrative of(OrganizationUnitId unit, Year year);

    /**
     * Stores the section if its stored version is still {@code expectedVersion} (0: not written yet), else
     * refuses with a stale version; returns it stored, its version one higher.
     */
    NarrativeEntry save(NarrativeEntry next, long expectedVersion);
}
