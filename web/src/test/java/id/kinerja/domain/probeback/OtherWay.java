package id.kinerja.domain.probeback;

import id.kinerja.domain.probe.OneWay;

/** The other half of the deliberate cycle of {@link OneWay}. */
public final class OtherWay {
    private OtherWay() {}

    public static OneWay back() {
        return OneWay.there() == null ? null : null;
    }
}
