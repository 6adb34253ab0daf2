package id.kinerja.web.decree;

import id.kinerja.domain.decree.DecreeContent;
import id.kinerja.domain.indicator.DecreeAnnex;
import id.kinerja.domain.indicator.Indicator;
import id.kinerja.domain.indicator.IndicatorDefinition;
import id.kinerja.domain.indicator.Objective;
import id.kinerja.domain.indicator.Target;
import id.kinerja.domain.shared.Year;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * What changed from an earlier decree to the one replacing it: its words, objectives, indicators and targets,
 * each line added, removed or changed. Objectives and indicators are matched by their number (an indicator
 * without one by its name), since a new decree has new records for what stays the same.
 */
final class DecreeDiff {
    enum Change {
        ADDED,
        REMOVED,
        CHANGED
    }

    /**
     * One difference.
     *
     * @param sectionKey the bundle key of what part of the decree it is in
     * @param subject which clause, objective, indicator or target year, as the decree numbers it
     */
    @Introspected
    record Line(
            Change change,
            String sectionKey,
            String subject,
            @Nullable String before,
            @Nullable String after) {
        public String changeKey() {
            return "cycle.diff." + change.name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private final List<Line> lines = new ArrayList<>();

    private DecreeDiff() {}

    static List<Line> between(
            DecreeAnnex earlier,
            List<Objective> earlierObjectives,
            DecreeAnnex later,
            List<Objective> laterObjectives) {
        DecreeDiff diff = new DecreeDiff();
        diff.content(earlier.decree().content(), later.decree().content());
        diff.objectives(earlierObjectives, laterObjectives);
        diff.indicators(earlier, later);
        return List.copyOf(diff.lines);
    }

    private void content(DecreeContent before, DecreeContent after) {
        field("page.tentang", "", before.title(), after.title());
        field("page.pejabat-yang-menetapkan", "", before.issuingOfficial(), after.issuingOfficial());
        clauses("cycle.section.considerations", before.considerations(), after.considerations());
        clauses("cycle.section.legal-bases", before.legalBases(), after.legalBases());
        clauses("cycle.section.decisions", before.decisions(), after.decisions());
        field("page.ditetapkan-di", "", before.place(), after.place());
        field(
                "page.nama-penandatangan",
                "",
                before.signatory().name(),
                after.signatory().name());
    }

    /** Clauses compared as texts: a reworded clause is one removed and one added, as a reader checks them. */
    private void clauses(String sectionKey, List<String> before, List<String> after) {
        for (String text : before) {
            if (!after.contains(text)) {
                lines.add(new Line(Change.REMOVED, sectionKey, "", text, null));
            }
        }
        for (String text : after) {
            if (!before.contains(text)) {
                lines.add(new Line(Change.ADDED, sectionKey, "", null, text));
            }
        }
    }

    private void objectives(List<Objective> before, List<Objective> after) {
        Map<String, String> was = new LinkedHashMap<>();
        before.forEach(objective -> was.put(objective.code(), objective.statement()));
        Map<String, String> is = new LinkedHashMap<>();
        after.forEach(objective -> is.put(objective.code(), objective.statement()));
        compare("page.sasaran", was, is);
    }

    private void indicators(DecreeAnnex before, DecreeAnnex after) {
        Map<String, Indicator> was = byKey(before);
        Map<String, Indicator> is = byKey(after);
        Set<String> keys = new LinkedHashSet<>(was.keySet());
        keys.addAll(is.keySet());
        for (String key : keys) {
            Indicator old = was.get(key);
            Indicator now = is.get(key);
            if (old == null) {
                lines.add(new Line(
                        Change.ADDED,
                        "cycle.section.indicator",
                        key,
                        null,
                        now.definition().name()));
            } else if (now == null) {
                lines.add(new Line(
                        Change.REMOVED,
                        "cycle.section.indicator",
                        key,
                        old.definition().name(),
                        null));
            } else {
                definition(key, old.definition(), now.definition());
                targets(key, old, now);
            }
        }
    }

    private void definition(String key, IndicatorDefinition before, IndicatorDefinition after) {
        field("cycle.section.indicator", key, before.name(), after.name());
        field("page.definisi-operasional", key, before.definition(), after.definition());
        field("page.penjelasan-formulasi", key, before.formula(), after.formula());
        field("page.satuan", key, before.unitOfMeasure(), after.unitOfMeasure());
        field("page.sumber-data", key, before.dataSource(), after.dataSource());
    }

    private void targets(String key, Indicator before, Indicator after) {
        Set<Integer> years = new TreeSet<>();
        before.targets().forEach(target -> years.add(target.year().value()));
        after.targets().forEach(target -> years.add(target.year().value()));
        for (int year : years) {
            String old = before.targetFor(Year.of(year)).map(Target::display).orElse(null);
            String now = after.targetFor(Year.of(year)).map(Target::display).orElse(null);
            field("page.target", key + " · " + year, old, now);
        }
    }

    private void compare(String sectionKey, Map<String, String> before, Map<String, String> after) {
        Set<String> keys = new LinkedHashSet<>(before.keySet());
        keys.addAll(after.keySet());
        for (String key : keys) {
            field(sectionKey, key, before.get(key), after.get(key));
        }
    }

    private void field(String sectionKey, String subject, String before, String after) {
        if (Objects.equals(blankless(before), blankless(after))) {
            return;
        }
        Change change = before == null ? Change.ADDED : after == null ? Change.REMOVED : Change.CHANGED;
        lines.add(new Line(change, sectionKey, subject, before, after));
    }

    private static String blankless(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static Map<String, Indicator> byKey(DecreeAnnex annex) {
        Map<String, Indicator> keyed = new LinkedHashMap<>();
        for (DecreeAnnex.Row row : annex.rows()) {
            IndicatorDefinition definition = row.indicator().definition();
            String key =
                    definition.code() == null ? row.objective().code() + " · " + definition.name() : definition.code();
            keyed.put(key, row.indicator());
        }
        return keyed;
    }
}
