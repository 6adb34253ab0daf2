package id.kinerja.domain.report;

import id.kinerja.domain.indicator.IndicatorId;
import id.kinerja.domain.organization.OrganizationUnitId;
import id.kinerja.domain.shared.Year;
import java.time.Instant;
import java.util.Optional;

/**
 * One written section of a unit's LKjIP for a year; {@code version} counts its edits (0: never written), so
 * that two people editing the same section cannot overwrite each other unseen.
 */
public record NarrativeEntry(
        OrganizationUnitId unit,
        Year year,
        NarrativeSection section,
        Optional<IndicatorId> indicator,
        String text,
        String writtenBy,
        Instant writtenAt,
        long version) {}
