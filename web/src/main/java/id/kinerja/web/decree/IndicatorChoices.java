package id.kinerja.web.decree;

import id.kinerja.domain.indicator.IndicatorKind;
import id.kinerja.domain.indicator.LowerIsBetterRule;
import id.kinerja.domain.indicator.MeasurementFrequency;
import id.kinerja.domain.indicator.PeriodRollup;
import id.kinerja.domain.indicator.Polarity;
import id.kinerja.domain.organization.OrganizationUnitId;
import id.kinerja.domain.satisfaction.ServiceCombination;
import id.kinerja.domain.user.UnitStewardship;
import id.kinerja.http.security.Roles;
import id.kinerja.web.page.UnitChoice;
import id.kinerja.web.page.UnitPicker;
import id.kinerja.web.page.Words;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Singleton;
import java.util.Arrays;
import java.util.List;

/**
 * The choices of an indicator's form, each shown as words in the reader's language with its code as the value:
 * the kinds, directions, frequencies, roll-ups, lower-is-better rules and service combinations, and the units the
 * person may name responsible (those they plan for — the rule {@code DefineIndicator} and {@code ReviseIndicator}
 * apply — so that no offered unit is refused; a revision also offers the unit already named, so that saving never clears it unseen).
 */
@Introspected
public record IndicatorChoices(
        List<Option> kinds,
        List<Option> polarities,
        List<Option> frequencies,
        List<Option> rollups,
        List<Option> lowerIsBetterRules,
        List<Option> serviceCombinations,
        List<UnitChoice> responsibleUnits) {

    /** An option of a select list: the code sent, the words shown. */
    @Introspected
    public record Option(String code, String label) {}

    /** Builds the choices for the person reading the form. */
    @Singleton
    static class Offer {
        private final Words words;
        private final UnitPicker units;
        private final UnitStewardship stewardship;

        Offer(Words words, UnitPicker units, UnitStewardship stewardship) {
            this.words = words;
            this.units = units;
            this.stewardship = stewardship;
        }

        IndicatorChoices to(Authentication person) {
            return to(person, null);
        }

        /**
         * The choices, the indicator's current responsible unit among them even when the person does not plan
         * for it (set by an administrator): a list without it would clear it silently on saving.
         */
        IndicatorChoices to(Authentication person, OrganizationUnitId current) {
            boolean everyUnit = person.getRoles().contains(Roles.ADMIN);
            // only a planner is shown an indicator's form: no one else needs the units (nor their reads)
            boolean plans = everyUnit || person.getRoles().contains(Roles.PLANNER);
            return new IndicatorChoices(
                    options(IndicatorKind.values()),
                    options(Polarity.values()),
                    options(MeasurementFrequency.values()),
                    options(PeriodRollup.values()),
                    options(LowerIsBetterRule.values()),
                    options(ServiceCombination.values()),
                    units.all().stream()
                            .filter(unit -> plans)
                            .filter(unit -> everyUnit
                                    || current != null && current.value().equals(unit.id())
                                    || stewardship.serves(person.getName(), new OrganizationUnitId(unit.id())))
                            .toList());
        }

        private List<Option> options(Enum<?>[] codes) {
            return Arrays.stream(codes)
                    .map(code -> new Option(code.name(), words.label(code)))
                    .toList();
        }
    }
}
