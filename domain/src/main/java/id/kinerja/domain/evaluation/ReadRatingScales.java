package id.kinerja.domain.evaluation;

import java.util.List;

/** Membaca skala penilaian: the rating scales an evaluation can use. */
public final class ReadRatingScales {
    private final RatingScales scales;

    public ReadRatingScales(RatingScales scales) {
        this.scales = scales;
    }

    public List<RatingScale> list() {
        return scales.list();
    }
}
