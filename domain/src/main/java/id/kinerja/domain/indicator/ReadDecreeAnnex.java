package id.kinerja.domain.indicator;

import id.kinerja.domain.decree.Decree;
import id.kinerja.domain.decree.DecreeId;
import id.kinerja.domain.decree.Decrees;
import id.kinerja.domain.organization.OrganizationUnits;
import id.kinerja.domain.plan.PlanPeriods;
import id.kinerja.domain.shared.Year;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Assembles a decree's annex in a fixed number of reads, however many indicators it holds. */
public final class ReadDecreeAnnex {
    private final Decrees decrees;
    private final OrganizationUnits units;
    private final PlanPeriods periods;
    private final Objectives objectives;
    private final Indicators indicators;

    public ReadDecreeAnnex(
            Decrees decrees,
            OrganizationUnits units,
            PlanPeriods periods,
            Objectives objectives,
            Indicators indicators) {
        this.decrees = decrees;
        this.units = units;
        this.periods = periods;
        this.objectives = objectives;
        this.indicators = indicators;
    }

    public DecreeAnnex read(DecreeId id) {
        Decree decree = decrees.get(id);
        List<Objective> decreeObjectives = objectives.ofDecree(id);
        Map<ObjectiveId, Objective> byId =
                decreeObjectives.stream().collect(Collectors.toMap(Objective::id, Function.identity()));
        TreeSet<Year> years = new TreeSet<>();
        decreeObjectives.stream()
                .map(Objective::planPeriodId)
                .distinct()
                .map(periods::get)
                .forEach(period -> period.years().forEach(years::add));
        List<DecreeAnnex.Row> rows = indicators.ofDecree(id).stream()
                .map(indicator -> new DecreeAnnex.Row(byId.get(indicator.objectiveId()), indicator))
                .sorted(Comparator.comparing(
                                (DecreeAnnex.Row row) -> row.objective().code(), CODE_ORDER)
                        .thenComparing(
                                row -> String.valueOf(
                                        row.indicator().definition().code()),
                                CODE_ORDER))
                .toList();
        return new DecreeAnnex(decree, units.get(decree.issuingUnitId()), List.copyOf(years), rows);
    }

    /** "2" before "10": codes compare by their numeric parts where they have them. */
    static final Comparator<String> CODE_ORDER = (a, b) -> {
        String[] left = a.split("\\.");
        String[] right = b.split("\\.");
        for (int i = 0; i < Math.min(left.length, right.length); i++) {
            int compared = left[i].matches("\\d{1,9}") && right[i].matches("\\d{1,9}")
                    ? Integer.compare(Integer.parseInt(left[i]), Integer.parseInt(right[i]))
                    : left[i].compareTo(right[i]);
            if (compared != 0) {
                return compared;
            }
        }
        return Integer.compare(left.length, right.length);
    };
}
