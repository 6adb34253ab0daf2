package id.kinerja.domain.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.kinerja.domain.satisfaction.ServiceCombination;
import id.kinerja.domain.shared.RuleViolation;
import java.util.List;
import org.junit.jupiter.api.Test;

class IndicatorDefinitionTest {

    private static IndicatorDefinition define(IndicatorKind kind, Polarity polarity, LowerIsBetterRule rule) {
        return new IndicatorDefinition(
                "1",
                "Jumlah pengaduan",
                null,
                null,
                "kali",
                kind,
                polarity,
                rule,
                null,
                null,
                MeasurementFrequency.QUARTERLY,
                null,
                null,
                List.of(),
                null);
    }

    @Test
    void lowerIsBetterDefaultsToThePermenpanrb2021Rule() {
        assertThat(define(IndicatorKind.NUMERIC, Polarity.LOWER_IS_BETTER, null).lowerIsBetterRule())
                .isEqualTo(LowerIsBetterRule.TWICE_TARGET_MINUS_REALIZATION);
    }

    @Test
    void rejectsALowerIsBetterRuleOnAHigherIsBetterIndicator() {
        assertThatThrownBy(() -> define(
                        IndicatorKind.NUMERIC, Polarity.HIGHER_IS_BETTER, LowerIsBetterRule.TARGET_OVER_REALIZATION))
                .isInstanceOf(RuleViolation.class);
    }

    @Test
    void rejectsAQualitativeIndicatorWithNumericPolarity() {
        assertThatThrownBy(() -> define(IndicatorKind.QUALITATIVE, Polarity.HIGHER_IS_BETTER, null))
                .isInstanceOf(RuleViolation.class);
    }

    @Test
    void aSatisfactionIndexPoolsItsServicesAndIsRecomputedFromResponsesByDefault() {
        IndicatorDefinition index = id.kinerja.domain.fixtures.RegistryTestData.satisfactionIndex();

        assertThat(index.serviceCombination()).isEqualTo(ServiceCombination.POOLED);
        assertThat(index.rollup()).isEqualTo(PeriodRollup.RECOMPUTED_FROM_RESPONSES);
    }
}
