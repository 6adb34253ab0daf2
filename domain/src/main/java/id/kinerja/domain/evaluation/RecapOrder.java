package id.kinerja.domain.evaluation;

import java.math.BigDecimal;
import java.util.Comparator;

/** What the recap across units is sorted by; ties are broken by the unit's name, then its id. */
public enum RecapOrder {
    NAME(Comparator.comparing(UnitRecap::name, String.CASE_INSENSITIVE_ORDER)),
    /** Units without a computed score come last whichever the direction. */
    SCORE(Comparator.comparing((UnitRecap line) -> line.score().exact().orElse(BigDecimal.ZERO))),
    MET(Comparator.comparingInt(UnitRecap::met)),
    NOT_MET(Comparator.comparingInt(UnitRecap::notMet)),
    NOT_FILLED(Comparator.comparingInt(UnitRecap::notFilled)),
    NOT_COMPUTABLE(Comparator.comparingInt(UnitRecap::notComputable)),
    WAITING_FOR_REVIEW(Comparator.comparingInt(UnitRecap::waitingForReview)),
    CLOSED(Comparator.comparing(UnitRecap::closed));

    private final Comparator<UnitRecap> order;

    RecapOrder(Comparator<UnitRecap> order) {
        this.order = order;
    }

    /** The order, ascending or descending, the name and id breaking ties in ascending order. */
    Comparator<UnitRecap> comparator(boolean descending) {
        Comparator<UnitRecap> ties = Comparator.comparing(UnitRecap::name, String.CASE_INSENSITIVE_ORDER)
                .thenComparing(line -> line.unitId().value());
        Comparator<UnitRecap> chosen = descending ? order.reversed() : order;
        if (this == SCORE) {
            // a unit with nothing computed is not a unit scoring 0: it stays last in either direction
            chosen = Comparator.comparing(
                            (UnitRecap line) -> line.score().exact().isEmpty())
                    .thenComparing(chosen);
        }
        return chosen.thenComparing(ties);
    }
}
