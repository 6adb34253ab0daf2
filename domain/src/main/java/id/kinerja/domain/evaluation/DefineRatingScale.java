package id.kinerja.domain.evaluation;

/** Menetapkan skala penilaian: adds a rating scale, as data, for evaluations to choose. */
public final class DefineRatingScale {
    private final RatingScales scales;

    public DefineRatingScale(RatingScales scales) {
        this.scales = scales;
    }

    public RatingScale define(RatingScale scale) {
        scales.add(scale);
        return scale;
    }
}
