package id.kinerja.domain.evaluation;

import id.kinerja.domain.shared.InvalidValue;
import id.kinerja.domain.shared.Text;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;

/**
 * Skala penilaian: the words a unit uses for an attainment percentage. Scales are data: Permendagri 86/2017
 * is the default, and a unit may choose another.
 *
 * @param bands from the highest lower bound down; the last band takes everything below the others
 */
public record RatingScale(String name, List<Band> bands) {

    /** Permendagri 86/2017: ≥ 91 Sangat Tinggi, ≥ 76 Tinggi, ≥ 66 Sedang, ≥ 51 Rendah, else Sangat Rendah. */
    public static final RatingScale PERMENDAGRI_86_2017 = new RatingScale(
            "Permendagri 86/2017",
            List.of(
                    new Band(new BigDecimal("91"), "Sangat Tinggi"),
                    new Band(new BigDecimal("76"), "Tinggi"),
                    new Band(new BigDecimal("66"), "Sedang"),
                    new Band(new BigDecimal("51"), "Rendah"),
                    new Band(null, "Sangat Rendah")));

    /** One rating: every percentage at or above {@code from} (and below the band above) gets {@code label}. */
    public record Band(BigDecimal from, String label) {
        public Band {
            Text.requiredLine(label, "label", 200);
        }
    }

    public RatingScale {
        Text.requiredLine(name, "name", 200);
        if (bands == null || bands.isEmpty() || bands.get(bands.size() - 1).from() != null) {
            throw new InvalidValue(
                    "rating-scale.open-bottom", "bands", "a rating scale ends with a band without a lower bound");
        }
        List<BigDecimal> bounds =
                bands.subList(0, bands.size() - 1).stream().map(Band::from).toList();
        if (bounds.contains(null)
                || !bounds.equals(
                        bounds.stream().sorted(Comparator.reverseOrder()).toList())) {
            throw new InvalidValue(
                    "rating-scale.order", "bands", "the bands of a rating scale go from the highest bound down");
        }
        bands = List.copyOf(bands);
    }

    /** The label of a published (rounded) percentage. */
    public String rate(BigDecimal percent) {
        for (Band band : bands) {
            if (band.from() == null || percent.compareTo(band.from()) >= 0) {
                return band.label();
            }
        }
        throw new IllegalStateException("unreachable: the last band is open");
    }
}
