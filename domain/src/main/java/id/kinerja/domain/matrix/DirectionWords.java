package id.kinerja.domain.matrix;

import id.kinerja.domain.indicator.Polarity;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Arah: which way is good, as a matrix states it in words ("meningkat", "semakin rendah semakin baik", "↓"), or
 * as an indicator's name implies it ("waktu rata-rata…", "jumlah keluhan…": lower is better). A direction read
 * from the name is only proposed; the planner confirms it.
 */
public final class DirectionWords {
    /** Words in an indicator's name that make lower better: time taken, complaints, findings, errors. */
    static final List<String> LOWER_IN_NAME = List.of(
            "waktu rata-rata",
            "rata-rata waktu",
            "lama waktu",
            "lamanya",
            "waktu penyelesaian",
            "waktu tunggu",
            "keluhan",
            "pengaduan",
            "temuan",
            "kesalahan",
            "keterlambatan",
            "tunggakan",
            "penyimpangan",
            "pelanggaran",
            "kemiskinan",
            "pengangguran",
            "kematian");

    private DirectionWords() {}

    /** A direction stated in a direction column, or empty when the words say none. */
    public static Optional<Polarity> stated(String words) {
        String text = words.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
        if (text.isEmpty()) {
            return Optional.empty();
        }
        if (text.contains("stabil") || text.contains("rentang") || text.equals("stabilize")) {
            return Optional.of(Polarity.STABILIZE);
        }
        if (text.contains("kualitatif") || text.equals("qualitative")) {
            return Optional.of(Polarity.QUALITATIVE);
        }
        if (text.contains("rendah")
                || text.contains("turun")
                || text.contains("menurun")
                || text.contains("kecil")
                || text.contains("minim")
                || text.contains("negatif")
                || text.contains("lower")
                || text.contains("↓")
                || text.equals("-")) {
            return Optional.of(Polarity.LOWER_IS_BETTER);
        }
        if (text.contains("tinggi")
                || text.contains("naik")
                || text.contains("meningkat")
                || text.contains("besar")
                || text.contains("maksim")
                || text.contains("positif")
                || text.contains("higher")
                || text.contains("↑")
                || text.equals("+")) {
            return Optional.of(Polarity.HIGHER_IS_BETTER);
        }
        return Optional.empty();
    }

    /** The words of an indicator's name that imply lower is better, if any. */
    public static Optional<String> lowerImpliedBy(String name) {
        String text = name.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        return LOWER_IN_NAME.stream().filter(text::contains).findFirst();
    }
}
