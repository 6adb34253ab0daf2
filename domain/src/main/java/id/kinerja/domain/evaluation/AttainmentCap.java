package id.kinerja.domain.evaluation;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * The most one indicator may count for when attainments are averaged into an objective or unit score.
 * Attainment itself is stored uncapped; only the average uses the cap, and says which one.
 */
public enum AttainmentCap {
    NONE(null),
    CAP_100(new BigDecimal("100")),
    CAP_110(new BigDecimal("110")),
    CAP_120(new BigDecimal("120"));

    private final BigDecimal limit;

    AttainmentCap(BigDecimal limit) {
        this.limit = limit;
    }

    public Optional<BigDecimal> limit() {
        return Optional.ofNullable(limit);
    }

    BigDecimal apply(BigDecimal percent) {
        return limit == null || percent.compareTo(limit) <= 0 ? percent : limit;
    }
}
