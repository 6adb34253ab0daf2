package id.kinerja.domain.report;

import id.kinerja.domain.indicator.IndicatorId;
import java.util.List;
import java.util.Optional;

/** Everything written for a unit's LKjIP of a year. */
public record Narrative(List<NarrativeEntry> entries) {
    public static final Narrative NONE = new Narrative(List.of());

    public Narrative {
        entries = List.copyOf(entries);
    }

    /** A section of the report as a whole. */
    public Optional<NarrativeEntry> of(NarrativeSection section) {
        return entries.stream()
                .filter(entry -> entry.section() == section && entry.indicator().isEmpty())
                .findFirst();
    }

    /** An indicator's analysis. */
    public Optional<NarrativeEntry> of(NarrativeSection section, IndicatorId indicator) {
        return entries.stream()
                .filter(entry -> entry.section() == section
                        && entry.indicator().map(indicator::equals).orElse(false))
                .findFirst();
    }

    /** The written text of a section, absent when nothing (or only blanks) was written. */
    public Optional<String> text(NarrativeSection section) {
        return of(section).map(NarrativeEntry::text).filter(text -> !text.isBlank());
    }

    public Optional<String> text(NarrativeSection section, IndicatorId indicator) {
        return of(section, indicator).map(NarrativeEntry::text).filter(text -> !text.isBlank());
    }
}
