package id.kinerja.domain.indicator;

import static id.kinerja.domain.fixtures.RegistryTestData.target;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.kinerja.domain.fixtures.InMemoryRegistry;
import id.kinerja.domain.fixtures.RegistryTestData;
import id.kinerja.domain.organization.OrganizationUnit;
import id.kinerja.domain.plan.PlanPeriod;
import id.kinerja.domain.shared.RuleViolation;
import id.kinerja.domain.shared.Year;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ValidRangeTest {
    private final InMemoryRegistry registry = new InMemoryRegistry();
    private final RegistryTestData data = new RegistryTestData(registry);
    private Objective objective;

    @BeforeEach
    void seedLikeRegistry() {
        OrganizationUnit bureau = data.unit("Biro Umum", null);
        PlanPeriod period = data.period(bureau, 2024, 2026);
        objective = data.objective(data.draftDecree(bureau, "017.1/RO-UM/2024"), period);
    }

    private static IndicatorDefinition percentage(ValidRange range, Baseline baseline) {
        return new IndicatorDefinition(
                "2",
                "Persentase layanan tepat waktu",
                null,
                null,
                "%",
                IndicatorKind.NUMERIC,
                Polarity.HIGHER_IS_BETTER,
                null,
                null,
                null,
                MeasurementFrequency.ANNUAL,
                null,
                baseline,
                List.of(),
                null,
                range);
    }

    private static ValidRange range(String minimum, String maximum) {
        return new ValidRange(
                minimum == null ? null : new BigDecimal(minimum), maximum == null ? null : new BigDecimal(maximum));
    }

    @Test
    void aSatisfactionIndexWithoutADeclaredRangeKeepsItsScale() {
        IndicatorDefinition index = RegistryTestData.satisfactionIndex();

        assertThat(index.validRange()).isNull();
        assertThat(index.effectiveRange()).isEqualTo(ValidRange.SATISFACTION_INDEX_SCALE);
        assertThat(index.effectiveRange().display()).isEqualTo("25 – 100");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1500", "1.5", "24.99", "100.01"})
    void refusesAnIndexTargetOutsideTheScale(String value) {
        assertThatThrownBy(() ->
                        data.indicator(objective, RegistryTestData.satisfactionIndex(), target(2024, value, null)))
                .isInstanceOfSatisfying(RuleViolation.class, e -> {
                    assertThat(e.code()).isEqualTo("value.outside-range");
                    assertThat(e.field()).contains("value");
                    assertThat(e.arguments()).contains("25 – 100");
                });
    }

    @Test
    void acceptsTheScalesBoundsThemselves() {
        assertThat(data.indicator(
                                objective,
                                RegistryTestData.satisfactionIndex(),
                                target(2024, "25", null),
                                target(2025, "100", null))
                        .indicator()
                        .targets())
                .hasSize(2);
    }

    @Test
    void refusesARangeTargetWhoseBoundLiesOutside() {
        Target range =
                new Target(Year.of(2024), new TargetValue.Range(new BigDecimal("90"), new BigDecimal("120")), null);

        assertThatThrownBy(() -> data.indicator(objective, percentage(range("0", "100"), null), range))
                .isInstanceOfSatisfying(
                        RuleViolation.class, e -> assertThat(e.field()).contains("upper"));
    }

    @Test
    void refusesABaselineOutsideTheDeclaredRange() {
        IndicatorDefinition definition =
                percentage(range("0", "100"), new Baseline(new BigDecimal("150"), Year.of(2023)));

        assertThatThrownBy(() -> data.indicator(objective, definition))
                .isInstanceOfSatisfying(RuleViolation.class, e -> {
                    assertThat(e.code()).isEqualTo("value.outside-range");
                    assertThat(e.field()).contains("baseline.value");
                });
    }

    @Test
    void aHalfOpenRangeBoundsOneSideOnly() {
        ValidRange atLeastZero = range("0", null);

        assertThat(atLeastZero.contains(new BigDecimal("1000000"))).isTrue();
        assertThat(atLeastZero.contains(new BigDecimal("-0.01"))).isFalse();
        assertThat(atLeastZero.display()).isEqualTo("≥ 0");
    }

    @Test
    void refusesAReversedRangeAndARangeOnAQualitativeIndicator() {
        assertThatThrownBy(() -> range("100", "0"))
                .isInstanceOfSatisfying(
                        RuleViolation.class, e -> assertThat(e.code()).isEqualTo("indicator.range-reversed"));
        assertThatThrownBy(() -> new IndicatorDefinition(
                        null,
                        "Opini BPK",
                        null,
                        null,
                        null,
                        IndicatorKind.QUALITATIVE,
                        Polarity.QUALITATIVE,
                        null,
                        null,
                        null,
                        MeasurementFrequency.ANNUAL,
                        null,
                        null,
                        List.of(),
                        null,
                        range("0", "1")))
                .isInstanceOfSatisfying(
                        RuleViolation.class, e -> assertThat(e.code()).isEqualTo("indicator.range-on-qualitative"));
    }

    @Test
    void anOpenDeclaredRangeIsNoDeclaration() {
        assertThat(percentage(ValidRange.OPEN, null).validRange()).isNull();
    }
}
