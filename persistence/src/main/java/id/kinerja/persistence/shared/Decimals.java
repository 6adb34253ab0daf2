package id.kinerja.persistence.shared;

import java.math.BigDecimal;

/**
 * Decimals are stored as NUMERIC beside the scale they were written with, because a NUMERIC column gives
 * back its own scale: without the second column 87.50 would come back as 87.500000.
 */
public final class Decimals {
    private Decimals() {}

    /** The stored value with its written scale restored, or null. */
    public static BigDecimal restore(BigDecimal stored, Short scale) {
        return stored == null ? null : stored.setScale(scale);
    }

    public static Short scaleOf(BigDecimal value) {
        return value == null ? null : (short) value.scale();
    }
}
