package id.kinerja.domain.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import id.kinerja.domain.evaluation.Realization.Narrative;
import id.kinerja.domain.evaluation.Realization.RealizedValue;
import id.kinerja.domain.evaluation.Realization.Source;
import id.kinerja.domain.indicator.IndicatorId;
import id.kinerja.domain.shared.ReportingPeriod;
import id.kinerja.domain.shared.Warning;
import id.kinerja.domain.shared.Year;
import java.math.BigDecimal;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RealizationWarningsTest {
    private static Realization of(BigDecimal amount, String text) {
        return Realization.record(
                new IndicatorId(UUID.randomUUID()),
                Year.of(2024),
                ReportingPeriod.ANNUAL,
                new RealizedValue(amount, text, new Source(Source.Kind.ENTERED, null)),
                Narrative.NONE,
                null,
                "evaluator");
    }

    @Test
    void warnsOfAValueBelowZeroAndOfNothingElse() {
        assertThat(RealizationWarnings.of(of(new BigDecimal("-3.5"), null)))
                .extracting(Warning::code, Warning::field)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("realization.negative", "value"));
        assertThat(RealizationWarnings.of(of(BigDecimal.ZERO, null))).isEmpty();
        assertThat(RealizationWarnings.of(of(new BigDecimal("87.5"), null))).isEmpty();
        assertThat(RealizationWarnings.of(of(null, "WTP"))).isEmpty();
    }
}
