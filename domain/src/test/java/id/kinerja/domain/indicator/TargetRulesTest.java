package id.kinerja.domain.indicator;

import static id.kinerja.domain.fixtures.RegistryTestData.target;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.kinerja.domain.decree.Decree;
import id.kinerja.domain.decree.EnactDecree;
import id.kinerja.domain.fixtures.InMemoryRegistry;
import id.kinerja.domain.fixtures.RegistryTestData;
import id.kinerja.domain.organization.OrganizationUnit;
import id.kinerja.domain.plan.PlanPeriod;
import id.kinerja.domain.shared.ConflictingState;
import id.kinerja.domain.shared.RuleViolation;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TargetRulesTest {
    private final InMemoryRegistry registry = new InMemoryRegistry();
    private final RegistryTestData data = new RegistryTestData(registry);
    private final SetTarget setTarget = new SetTarget(
            registry.decrees,
            registry.objectives,
            registry.periods,
            registry.indicators,
            registry.stewards,
            registry.transactions);
    private Decree decree;
    private Objective objective;

    @BeforeEach
    void seedLikeRegistry() {
        OrganizationUnit bureau = data.unit("Biro Umum", null);
        PlanPeriod period = data.period(bureau, 2024, 2026);
        decree = data.draftDecree(bureau, "017.1/RO-UM/2024");
        objective = data.objective(decree, period);
    }

    @Test
    void keepsTheSeedTargetsWithTheirScaleAndCategories() {
        IndicatorChange change = data.indicator(
                objective,
                RegistryTestData.satisfactionIndex(),
                target(2024, "86", "Baik"),
                target(2025, "87.50", "Baik"),
                target(2026, "89.50", "Sangat Baik"));

        assertThat(change.warnings()).isEmpty();
        assertThat(change.indicator().targets())
                .extracting(Target::display)
                .containsExactly("86 (Baik)", "87,50 (Baik)", "89,50 (Sangat Baik)");
    }

    @Test
    void rejectsATargetOutsideThePlanPeriod() {
        assertThatThrownBy(
                        () -> data.indicator(objective, RegistryTestData.satisfactionIndex(), target(2027, "90", null)))
                .isInstanceOfSatisfying(
                        RuleViolation.class, e -> assertThat(e.code()).isEqualTo("target.outside-period"));
    }

    @Test
    void rejectsASecondTargetForTheSameYear() {
        Indicator indicator = data.indicator(
                        objective, RegistryTestData.satisfactionIndex(), target(2024, "86", "Baik"))
                .indicator();

        assertThatThrownBy(() -> setTarget.set(new SetTarget.Command(
                        RegistryTestData.ADMINISTRATOR,
                        indicator.id(),
                        indicator.version(),
                        SetTarget.Mode.NEW,
                        target(2024, "87", "Baik"))))
                .isInstanceOfSatisfying(
                        ConflictingState.class, e -> assertThat(e.code()).isEqualTo("target.duplicate-year"));
        assertThat(registry.indicators.get(indicator.id()).targets())
                .extracting(Target::display)
                .containsExactly("86 (Baik)");
    }

    @Test
    void warnsOfACategoryThatContradictsTheGradeTableButKeepsIt() {
        IndicatorChange change =
                data.indicator(objective, RegistryTestData.satisfactionIndex(), target(2024, "86", "Sangat Baik"));

        assertThat(change.warnings()).singleElement().satisfies(warning -> {
            assertThat(warning.code()).isEqualTo("target.category-contradicts-grade");
            assertThat(warning.arguments()).contains("B", id.kinerja.domain.satisfaction.ServiceGrade.B, "Sangat Baik");
        });
        assertThat(registry.indicators.get(change.indicator().id()).targetFor(id.kinerja.domain.shared.Year.of(2024)))
                .map(Target::display)
                .contains("86 (Sangat Baik)");
    }

    @Test
    void revisesAnExistingYearsTarget() {
        Indicator indicator = data.indicator(
                        objective, RegistryTestData.satisfactionIndex(), target(2024, "86", "Baik"))
                .indicator();

        IndicatorChange revised = setTarget.set(new SetTarget.Command(
                RegistryTestData.ADMINISTRATOR,
                indicator.id(),
                indicator.version(),
                SetTarget.Mode.REVISION,
                target(2024, "86.50", "Baik")));

        assertThat(revised.indicator().targets()).extracting(Target::display).containsExactly("86,50 (Baik)");
    }

    @Test
    void rejectsAnyTargetChangeOnceTheDecreeIsEnacted() {
        Indicator indicator = data.indicator(
                        objective, RegistryTestData.satisfactionIndex(), target(2024, "86", "Baik"))
                .indicator();
        new EnactDecree(registry.decrees, registry.stewards, registry.transactions)
                .enact(new EnactDecree.Command(
                        RegistryTestData.ADMINISTRATOR, decree.id(), 0, LocalDate.of(2024, 1, 3)));

        assertThatThrownBy(() -> setTarget.set(new SetTarget.Command(
                        RegistryTestData.ADMINISTRATOR,
                        indicator.id(),
                        indicator.version(),
                        SetTarget.Mode.NEW,
                        target(2025, "87.50", "Baik"))))
                .isInstanceOfSatisfying(
                        ConflictingState.class, e -> assertThat(e.code()).isEqualTo("decree.not-draft"));
    }

    @Test
    void rejectsAQualitativeTargetForANumericIndicator() {
        assertThatThrownBy(() -> data.indicator(
                        objective,
                        RegistryTestData.satisfactionIndex(),
                        new Target(id.kinerja.domain.shared.Year.of(2024), new TargetValue.Qualitative("WTP"), null)))
                .isInstanceOfSatisfying(
                        RuleViolation.class, e -> assertThat(e.code()).isEqualTo("target.kind-mismatch"));
    }

    @Test
    void readsTheAnnexInCodeOrder() {
        data.indicator(objective, RegistryTestData.satisfactionIndex(), target(2024, "86", "Baik"));

        DecreeAnnex annex = new ReadDecreeAnnex(
                        registry.decrees, registry.units, registry.periods, registry.objectives, registry.indicators)
                .read(decree.id());

        assertThat(annex.years()).extracting(y -> y.value()).containsExactly(2024, 2025, 2026);
        assertThat(annex.rows())
                .singleElement()
                .satisfies(row -> assertThat(row.targetsFor(annex.years()))
                        .extracting(Target::display)
                        .containsExactly("86 (Baik)"));
    }
}
