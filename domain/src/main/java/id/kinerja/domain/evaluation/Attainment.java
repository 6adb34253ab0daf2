package id.kinerja.domain.evaluation;

import id.kinerja.domain.shared.Explanation;
import java.math.BigDecimal;
import java.util.List;

/**
 * Capaian: what comparing a realization with its target gives. Only {@link Computed} is a number; the other
 * states are kept apart everywhere, so that a missing realization is never shown as 0 % nor a target of 0
 * as 100 %.
 */
public sealed interface Attainment {

    /** How the figure came about: the rule applied, its inputs, and the rounding; rendered at the edge. */
    Explanation explanation();

    /**
     * A percentage, stored uncapped, rounded once to 2 decimals HALF_UP.
     *
     * @param exact before rounding, for averages that round once more at their end
     */
    record Computed(BigDecimal percent, BigDecimal exact, Explanation explanation) implements Attainment {}

    /** A qualitative target ("WTP"): achieved or not. */
    record Qualitative(boolean achieved, Explanation explanation) implements Attainment {}

    /** Belum diisi: no realization has been recorded. */
    record NotFilled(Explanation explanation) implements Attainment {}

    /** Tidak berlaku: the indicator or its target did not exist for the period. */
    record NotApplicable(Explanation explanation) implements Attainment {}

    /** Tidak dapat dihitung: the rule cannot give a number, for the reason named by the code. */
    record NotComputable(String reasonCode, List<Object> arguments, Explanation explanation) implements Attainment {
        public NotComputable {
            arguments = List.copyOf(arguments);
        }
    }
}
