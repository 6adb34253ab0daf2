package id.kinerja.domain.evaluation;

import id.kinerja.domain.shared.Warning;
import java.math.BigDecimal;
import java.util.List;

/**
 * What a stored realization is worth a second look for: a value below zero, which a count, a percentage or
 * an index never is and a typing slip often makes. A warning, not a refusal: a change can be negative.
 */
public final class RealizationWarnings {
    private RealizationWarnings() {}

    public static List<Warning> of(Realization realization) {
        BigDecimal amount = realization.value().amount();
        if (amount != null && amount.signum() < 0) {
            return List.of(new Warning(
                    "realization.negative", "value", "the value " + amount + " is below zero", List.of(amount)));
        }
        return List.of();
    }
}
