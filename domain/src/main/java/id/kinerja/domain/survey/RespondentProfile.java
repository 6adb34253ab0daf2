package id.kinerja.domain.survey;

import java.util.List;
import java.util.Map;

/**
 * Profil responden: how many respondents by sex, age band, education and occupation; a missing answer is
 * counted under the key {@code null}-free label {@link #MISSING}.
 */
public record RespondentProfile(
        Map<String, Long> bySex,
        Map<String, Long> byAgeBand,
        Map<String, Long> byEducation,
        Map<String, Long> byOccupation) {
    public static final String MISSING = "(tidak diisi)";
    public static final RespondentProfile NONE = new RespondentProfile(Map.of(), Map.of(), Map.of(), Map.of());

    public RespondentProfile {
        bySex = Map.copyOf(bySex);
        byAgeBand = Map.copyOf(byAgeBand);
        byEducation = Map.copyOf(byEducation);
        byOccupation = Map.copyOf(byOccupation);
    }

    /** The respondents of both profiles together. */
    public RespondentProfile plus(RespondentProfile other) {
        return new RespondentProfile(
                sum(bySex, other.bySex),
                sum(byAgeBand, other.byAgeBand),
                sum(byEducation, other.byEducation),
                sum(byOccupation, other.byOccupation));
    }

    private static Map<String, Long> sum(Map<String, Long> left, Map<String, Long> right) {
        Map<String, Long> total = new java.util.TreeMap<>(left);
        right.forEach((key, count) -> total.merge(key, count, Long::sum));
        return total;
    }

    /** Counts respondents one at a time, as an import streams past them. */
    public static final class Counter {
        private final Map<String, Long> sex = new java.util.HashMap<>();
        private final Map<String, Long> age = new java.util.HashMap<>();
        private final Map<String, Long> education = new java.util.HashMap<>();
        private final Map<String, Long> occupation = new java.util.HashMap<>();

        public void count(SurveyResponse response) {
            sex.merge(orMissing(response.sex()), 1L, Long::sum);
            age.merge(ageBand(response.age()), 1L, Long::sum);
            education.merge(orMissing(response.education()), 1L, Long::sum);
            occupation.merge(orMissing(response.occupation()), 1L, Long::sum);
        }

        public RespondentProfile profile() {
            return new RespondentProfile(sex, age, education, occupation);
        }

        private static String orMissing(String value) {
            return value == null ? MISSING : value;
        }
    }

    /** The age bands of SKM reports, youngest first: the order a report lists them in. */
    public static final List<String> AGE_BANDS = List.of("≤18", "19–25", "26–35", "36–45", "46–55", "≥56");

    /** Levels of schooling as SKM forms list them, lowest first; a level not named here follows them. */
    public static final List<String> EDUCATION_LEVELS =
            List.of("SD", "SMP", "SLTP", "SMA", "SMK", "SLTA", "D1", "D2", "D3", "D4", "S1", "S2", "S3");

    /** The age bands of SKM reports. */
    public static String ageBand(Integer age) {
        if (age == null) {
            return MISSING;
        }
        if (age <= 18) {
            return "≤18";
        }
        if (age <= 25) {
            return "19–25";
        }
        if (age <= 35) {
            return "26–35";
        }
        if (age <= 45) {
            return "36–45";
        }
        if (age <= 55) {
            return "46–55";
        }
        return "≥56";
    }
}
