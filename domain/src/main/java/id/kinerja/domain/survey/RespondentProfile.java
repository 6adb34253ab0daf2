package id.kinerja.domain.survey;

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
