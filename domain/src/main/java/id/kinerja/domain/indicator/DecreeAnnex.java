package id.kinerja.domain.indicator;

import id.kinerja.domain.decree.Decree;
import id.kinerja.domain.organization.OrganizationUnit;
import id.kinerja.domain.shared.Year;
import java.util.List;

/**
 * Lampiran: a decree's IKU table as the paper prints it — the unit with its duty and functions, then per
 * objective and indicator the definition, formula, target per year and data source.
 */
public record DecreeAnnex(Decree decree, OrganizationUnit unit, List<Year> years, List<Row> rows) {
    public DecreeAnnex {
        years = List.copyOf(years);
        rows = List.copyOf(rows);
    }

    /** One line of the table: an indicator under its objective, with its targets for the annex's years. */
    public record Row(Objective objective, Indicator indicator) {
        public List<Target> targetsFor(List<Year> years) {
            return years.stream()
                    .flatMap(year -> indicator.targetFor(year).stream())
                    .toList();
        }
    }
}
