package id.kinerja.domain.agreement;

import id.kinerja.domain.shared.InvalidValue;
import id.kinerja.domain.shared.Text;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * Realisasi anggaran of one programme or activity of the PK: its ceiling (pagu) and what was spent, exact rupiah
 * to the sen. Spending not yet entered is absent — "belum diisi" — never zero, and then the absorption (% serapan)
 * is not computable either; so is it against a ceiling of zero.
 */
public record BudgetLine(String code, String name, BigDecimal ceiling, Optional<BigDecimal> realized) {
    public BudgetLine {
        Text.requiredLine(code, "code", 50);
        Text.requiredLine(name, "name", 500);
        ceiling = rupiah(InvalidValue.requirePresent(ceiling, "ceiling"), "ceiling");
        realized = InvalidValue.requirePresent(realized, "realized").map(amount -> rupiah(amount, "realized"));
    }

    /** Realized ÷ ceiling × 100, rounded once, half up, to two decimals; absent while not entered or over a zero ceiling. */
    public Optional<BigDecimal> absorption() {
        if (ceiling.signum() == 0) {
            return Optional.empty();
        }
        return realized.map(spent -> spent.multiply(BigDecimal.valueOf(100)).divide(ceiling, 2, RoundingMode.HALF_UP));
    }

    /**
     * The efficiency line of this programme: the attainment of what it supports beside its absorption. Programmes
     * of the PK name no indicator, so the attainment given is the unit's (ADR 0038).
     */
    public BudgetRealization.Efficiency efficiency(Optional<BigDecimal> attainment) {
        return new BudgetRealization.Efficiency(attainment, absorption());
    }

    /** The amount as people write rupiah: "1.500.000" for whole rupiah, the sen only when there are some. */
    public static BigDecimal asWritten(BigDecimal amount) {
        return amount.remainder(BigDecimal.ONE).signum() == 0 ? amount.setScale(0, RoundingMode.UNNECESSARY) : amount;
    }

    static BigDecimal rupiah(BigDecimal amount, String field) {
        if (amount.signum() < 0
                || amount.stripTrailingZeros().scale() > 2
                || amount.precision() - amount.scale() > 18) {
            throw new InvalidValue(
                    "agreement.budget",
                    field,
                    "a budget is zero or more rupiah with at most two decimals: " + amount.toPlainString(),
                    amount.toPlainString());
        }
        return amount.setScale(2, RoundingMode.UNNECESSARY);
    }
}
