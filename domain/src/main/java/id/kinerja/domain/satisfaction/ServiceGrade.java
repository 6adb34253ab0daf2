package id.kinerja.domain.satisfaction;

import java.util.Locale;
import java.util.Optional;

/**
 * Mutu pelayanan and kinerja unit: the grade letter of a satisfaction index. Its name for people is a label
 * of the edge's message bundles ({@code enum.ServiceGrade.B}); the regulation's own terms are kept here only
 * to read a category a planner wrote ("86 (Baik)").
 */
public enum ServiceGrade {
    A("Sangat Baik"),
    B("Baik"),
    C("Kurang Baik"),
    D("Tidak Baik");

    /** The regulation's term, as decrees write it: "Sangat Baik", "Baik", "Kurang Baik", "Tidak Baik". */
    private final String term;

    ServiceGrade(String term) {
        this.term = term;
    }

    /** The grade whose regulation term is written, in any case and spacing: "sangat  baik" → A. */
    public static Optional<ServiceGrade> ofLabel(String written) {
        if (written == null) {
            return Optional.empty();
        }
        String normalized = written.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        for (ServiceGrade grade : values()) {
            if (grade.term.toLowerCase(Locale.ROOT).equals(normalized)) {
                return Optional.of(grade);
            }
        }
        return Optional.empty();
    }
}
