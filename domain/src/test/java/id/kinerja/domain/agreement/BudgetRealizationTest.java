package id.kinerja.domain.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.kinerja.domain.shared.InvalidValue;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Bab III B's figures: exact rupiah, absorption rounded once, and spending not entered never read as zero. */
class BudgetRealizationTest {
    private static BudgetLine line(String ceiling, String realized) {
        return new BudgetLine(
                "1.01",
                "Program Penunjang",
                new BigDecimal(ceiling),
                Optional.ofNullable(realized).map(BigDecimal::new));
    }

    @Test
    void absorptionIsRealizedOverCeilingRoundedOnceToTwoDecimals() {
        assertThat(line("1500000000", "1234567890.12").absorption()).contains(new BigDecimal("82.30"));
        assertThat(line("3", "2").absorption()).contains(new BigDecimal("66.67"));
        assertThat(line("1000", "1000").absorption()).contains(new BigDecimal("100.00"));
    }

    @Test
    void spendingNotEnteredOrAZeroCeilingIsNotComputableNeverZero() {
        assertThat(line("1000", null).absorption()).isEmpty();
        assertThat(line("0", "0").absorption()).isEmpty();
        BudgetRealization partly = new BudgetRealization(List.of(line("1000", "500"), line("1000", null)));
        assertThat(partly.totalCeiling()).isEqualByComparingTo("2000");
        assertThat(partly.totalRealized()).isEmpty();
        assertThat(partly.absorption()).isEmpty();
        assertThat(partly.efficiency(Optional.of(new BigDecimal("103.09"))).difference())
                .isEmpty();
    }

    @Test
    void theEfficiencyLinePutsAttainmentBesideAbsorption() {
        BudgetRealization whole =
                new BudgetRealization(List.of(line("1000000", "900000"), line("500000", "450000.50")));
        assertThat(whole.totalRealized()).contains(new BigDecimal("1350000.50"));
        assertThat(whole.absorption()).contains(new BigDecimal("90.00"));
        BudgetRealization.Efficiency efficiency = whole.efficiency(Optional.of(new BigDecimal("103.09")));
        assertThat(efficiency.difference()).contains(new BigDecimal("13.09"));
        assertThat(whole.efficiency(Optional.empty()).difference()).isEmpty();
    }

    @Test
    void aBudgetIsZeroOrMoreRupiahToTheSen() {
        assertThatThrownBy(() -> line("-1", null)).isInstanceOf(InvalidValue.class);
        assertThatThrownBy(() -> line("1000", "10.005"))
                .isInstanceOfSatisfying(
                        InvalidValue.class, e -> assertThat(e.field()).contains("realized"));
    }

    @Test
    void eachProgrammesEfficiencyPutsTheUnitsAttainmentBesideItsAbsorption() {
        BudgetRealization.Efficiency efficiency = line("3", "2").efficiency(Optional.of(new BigDecimal("103.09")));
        assertThat(efficiency.absorption()).contains(new BigDecimal("66.67"));
        assertThat(efficiency.difference()).contains(new BigDecimal("36.42"));
        assertThat(line("1000", null)
                        .efficiency(Optional.of(new BigDecimal("90")))
                        .difference())
                .isEmpty();
    }
}
