package id.kinerja.domain.plan;

import id.kinerja.domain.organization.OrganizationUnitId;
import id.kinerja.domain.shared.InvalidValue;
import id.kinerja.domain.shared.RuleViolation;
import id.kinerja.domain.shared.Text;
import id.kinerja.domain.shared.Year;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/** Periode rencana: a unit's plan window (Renstra, RPD, RPJMD) from its first to its last year. */
public record PlanPeriod(
        PlanPeriodId id, OrganizationUnitId unitId, PlanKind kind, String name, Year firstYear, Year lastYear) {

    /** A plan longer than this is a typing mistake: Renstra and RPJMD run five years. */
    public static final int LONGEST_YEARS = 10;

    public PlanPeriod {
        InvalidValue.requirePresent(id, "id");
        InvalidValue.requirePresent(unitId, "unitId");
        InvalidValue.requirePresent(kind, "kind");
        Text.paragraph(name, "name", 200);
        InvalidValue.requirePresent(firstYear, "firstYear");
        InvalidValue.requirePresent(lastYear, "lastYear");
        if (firstYear.isAfter(lastYear)) {
            throw new RuleViolation(
                    "plan-period.reversed",
                    "lastYear",
                    "the plan period ends (" + lastYear + ") before it starts (" + firstYear + ")",
                    firstYear.value(),
                    lastYear.value());
        }
        if (lastYear.value() - firstYear.value() + 1 > LONGEST_YEARS) {
            throw new RuleViolation(
                    "plan-period.too-long",
                    "lastYear",
                    "a plan period runs at most " + LONGEST_YEARS + " years",
                    LONGEST_YEARS);
        }
        name = name == null || name.isBlank() ? kind + " " + firstYear + "–" + lastYear : name;
    }

    public boolean covers(Year year) {
        return !firstYear.isAfter(year) && !year.isAfter(lastYear);
    }

    public Stream<Year> years() {
        return IntStream.rangeClosed(firstYear.value(), lastYear.value()).mapToObj(Year::of);
    }
}
