package id.kinerja.api.evaluation;

import id.kinerja.domain.agreement.BudgetLine;
import id.kinerja.domain.agreement.BudgetRealization;
import id.kinerja.domain.agreement.YearBudget;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Bab III B Realisasi Anggaran in the LKjIP's JSON: the PK version it comes from, per programme its pagu,
 * realisasi and % serapan with the efficiency line beside it (the unit's mean attainment — programmes name no
 * indicator — and attainment − absorption in points), and the totals. Spending not entered is {@code null} with the
 * state {@code NOT_FILLED}, never 0.
 *
 * @param attainmentBasis always {@code UNIT_MEAN}: the unit's mean attainment over all its indicators
 */
@Serdeable
public record LkjipBudgetResponse(
        UUID agreementId,
        int agreementVersion,
        boolean signed,
        String attainmentBasis,
        @Nullable BigDecimal attainment,
        List<Line> lines,
        BigDecimal totalCeiling,
        @Nullable BigDecimal totalRealized,
        @Nullable BigDecimal absorption,
        @Nullable BigDecimal difference) {

    @Serdeable
    public record Line(
            String code,
            String name,
            BigDecimal ceiling,
            @Nullable BigDecimal realized,
            @Nullable BigDecimal absorption,
            String state,
            @Nullable BigDecimal attainment,
            @Nullable BigDecimal difference) {}

    static LkjipBudgetResponse of(YearBudget budget, Optional<BigDecimal> attainment) {
        BudgetRealization realization = budget.realization();
        return new LkjipBudgetResponse(
                budget.agreement().value(),
                budget.agreementNumber(),
                budget.signed(),
                "UNIT_MEAN",
                attainment.orElse(null),
                realization.lines().stream().map(line -> line(line, attainment)).toList(),
                realization.totalCeiling(),
                realization.totalRealized().orElse(null),
                realization.absorption().orElse(null),
                realization.efficiency(attainment).difference().orElse(null));
    }

    private static Line line(BudgetLine line, Optional<BigDecimal> attainment) {
        return new Line(
                line.code(),
                line.name(),
                line.ceiling(),
                line.realized().orElse(null),
                line.absorption().orElse(null),
                line.realized().isEmpty() ? "NOT_FILLED" : line.absorption().isEmpty() ? "NOT_COMPUTABLE" : "FILLED",
                attainment.orElse(null),
                line.efficiency(attainment).difference().orElse(null));
    }
}
