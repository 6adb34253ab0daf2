package id.kinerja.domain.agreement;

import id.kinerja.domain.shared.InvalidValue;
import id.kinerja.domain.shared.Text;
import java.math.BigDecimal;

/**
 * Program or kegiatan of the PK with its budget in rupiah (anggaran), exact to the sen. The code is the
 * budget's own ("1.01.01.2.01"), a string.
 */
public record AgreementProgramme(String code, String name, BigDecimal budget) {
    public AgreementProgramme {
        Text.requiredLine(code, "code", 50);
        Text.requiredLine(name, "name", 500);
        InvalidValue.requirePresent(budget, "budget");
        if (budget.signum() < 0
                || budget.stripTrailingZeros().scale() > 2
                || budget.precision() - budget.scale() > 18) {
            throw new InvalidValue(
                    "agreement.budget",
                    "budget",
                    "a budget is zero or more rupiah with at most two decimals: " + budget.toPlainString(),
                    budget.toPlainString());
        }
        budget = budget.setScale(2, java.math.RoundingMode.UNNECESSARY);
    }
}
