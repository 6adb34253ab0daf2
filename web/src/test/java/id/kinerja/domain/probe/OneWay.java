package id.kinerja.domain.probe;

import id.kinerja.domain.probeback.OtherWay;

/**
 * Half of a deliberate package cycle, never part of the application: {@code probe} uses {@code probeback}
 * and {@code probeback} uses {@code probe}. ArchitectureTest imports the pair alone to prove that the
 * cycle rule can fail.
 */
public final class OneWay {
    private OneWay() {}

    public static OtherWay there() {
        return OtherWay.back() == null ? null : null;
    }
}
