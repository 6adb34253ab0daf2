package id.kinerja.domain.agreement;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

/**
 * Realisasi anggaran of a PK (LKjIP Bab III B): a line per programme or activity, their totals, and the efficiency
 * line — the year's attainment beside the budget's absorption. A total of spending exists only when every line has
 * its spending entered: a sum over lines "belum diisi" would print a figure nobody reported.
 */
public record BudgetRealization(List<BudgetLine> lines) {
    public BudgetRealization {
        lines = List.copyOf(lines);
    }

    public BigDecimal totalCeiling() {
        return lines.stream().map(BudgetLine::ceiling).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

    /** The sum of spending, absent while a line is not entered (or there are no lines). */
    public Optional<BigDecimal> totalRealized() {
        if (lines.isEmpty() || lines.stream().anyMatch(line -> line.realized().isEmpty())) {
            return Optional.empty();
        }
        return Optional.of(lines.stream()
                .map(line -> line.realized().orElseThrow())
                .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add));
    }

    /** The whole budget's absorption, rounded once, half up, to two decimals. */
    public Optional<BigDecimal> absorption() {
        BigDecimal ceiling = totalCeiling();
        if (ceiling.signum() == 0) {
            return Optional.empty();
        }
        return totalRealized()
                .map(spent -> spent.multiply(BigDecimal.valueOf(100)).divide(ceiling, 2, RoundingMode.HALF_UP));
    }

    /**
     * The efficiency line: the attainment (capaian %, from the engine) beside the absorption; their difference
     * (attainment − absorption, in percentage points) says whether results ran ahead of spending. Each side may
     * be absent (not computable, not entered), and then so is the difference.
     */
    public Efficiency efficiency(Optional<BigDecimal> attainment) {
        return new Efficiency(attainment, absorption());
    }

    public record Efficiency(Optional<BigDecimal> attainment, Optional<BigDecimal> absorption) {
        public Optional<BigDecimal> difference() {
            return attainment.flatMap(result -> absorption.map(result::subtract));
        }
    }
}
