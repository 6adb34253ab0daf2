package id.kinerja.web.decree;

import static id.kinerja.web.page.WrittenValues.choice;
import static id.kinerja.web.page.WrittenValues.id;
import static id.kinerja.web.page.WrittenValues.integer;
import static id.kinerja.web.page.WrittenValues.number;

import id.kinerja.domain.indicator.Baseline;
import id.kinerja.domain.indicator.LowerIsBetterRule;
import id.kinerja.domain.indicator.Polarity;
import id.kinerja.domain.organization.OrganizationUnitId;
import id.kinerja.domain.shared.IndonesianNumber;
import id.kinerja.domain.shared.InvalidValue;
import id.kinerja.domain.shared.Year;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * The fields the indicator's two forms (adding one on the decree's page, revising one on its own page) share
 * beyond its words: the responsible unit, the baseline, the lower-is-better rule and the surveyed services, read
 * from what was typed and written back for the form.
 */
final class IndicatorFields {
    private IndicatorFields() {}

    /** The responsible unit picked, or none. */
    static OrganizationUnitId responsibleUnit(String written) {
        UUID unit = id(written, "responsibleUnitId");
        return unit == null ? null : new OrganizationUnitId(unit);
    }

    /** The baseline (kondisi awal) when a value or a year was typed; both are then needed. */
    static Baseline baseline(String value, String year) {
        BigDecimal amount = number(value, "baselineValue");
        Integer measured = integer(year, "baselineYear");
        if (amount == null && measured == null) {
            return null;
        }
        InvalidValue.requirePresent(amount, "baselineValue");
        InvalidValue.requirePresent(measured, "baselineYear");
        return new Baseline(amount, Year.of(measured));
    }

    /**
     * The lower-is-better rule chosen, kept only for a lower-is-better direction: the list stays on the form
     * whatever the direction (pages work without JavaScript), and a rule means nothing to another direction.
     */
    static LowerIsBetterRule rule(Polarity direction, String written) {
        LowerIsBetterRule chosen = choice(LowerIsBetterRule.class, written, null, "lowerIsBetterRule");
        return direction == Polarity.LOWER_IS_BETTER ? chosen : null;
    }

    /** A number written back the Indonesian way the form reads. */
    static String written(BigDecimal value) {
        return value == null ? null : IndonesianNumber.format(value);
    }

    /** The surveyed services, one a line, as the form's text area shows them. */
    static String lines(List<String> services) {
        return services == null || services.isEmpty() ? null : String.join("\n", services);
    }

    /** An enum's code for a select list, or none. */
    static String code(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
