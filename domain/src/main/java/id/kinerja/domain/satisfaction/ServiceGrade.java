package id.kinerja.domain.satisfaction;

import java.util.Locale;
import java.util.Optional;

/** Mutu pelayanan and kinerja unit: the grade letter of a satisfaction index and its label. */
public enum ServiceGrade {
    A("Sangat Baik"),
    B("Baik"),
    C("Kurang Baik"),
    D("Tidak Baik");

    private final String label;

    ServiceGrade(String label) {
        this.label = label;
    }

    /** The label as reports print it: "Sangat Baik", "Baik", "Kurang Baik", "Tidak Baik". */
    public String label() {
        return label;
    }

    /** The grade whose label is written, in any case and spacing: "sangat  baik" → A. */
    public static Optional<ServiceGrade> ofLabel(String written) {
        if (written == null) {
            return Optional.empty();
        }
        String normalized = written.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        for (ServiceGrade grade : values()) {
            if (grade.label.toLowerCase(Locale.ROOT).equals(normalized)) {
                return Optional.of(grade);
            }
        }
        return Optional.empty();
    }
}
