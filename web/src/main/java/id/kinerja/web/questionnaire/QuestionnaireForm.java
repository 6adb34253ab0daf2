package id.kinerja.web.questionnaire;

import id.kinerja.domain.shared.InvalidValue;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.ArrayList;
import java.util.List;

/**
 * The questionnaire as the person sent it: one field per element ({@code u1}…; the oldest methodology has
 * fourteen), the optional profile, the suggestion, the visit's and the device's tokens, the kiosk flag, and
 * {@code situs}, the field people never see and robots fill.
 */
@Introspected
@Serdeable.Deserializable
public record QuestionnaireForm(
        @Nullable String kunjungan,
        @Nullable String perangkat,
        @Nullable String situs,
        @Nullable String kiosk,
        @Nullable String u1,
        @Nullable String u2,
        @Nullable String u3,
        @Nullable String u4,
        @Nullable String u5,
        @Nullable String u6,
        @Nullable String u7,
        @Nullable String u8,
        @Nullable String u9,
        @Nullable String u10,
        @Nullable String u11,
        @Nullable String u12,
        @Nullable String u13,
        @Nullable String u14,
        @Nullable String kelamin,
        @Nullable String usia,
        @Nullable String pendidikan,
        @Nullable String pekerjaan,
        @Nullable String saran) {
    /** The element fields {@code u1…u14}: as many as the methodology with the most elements has. */
    static final int ELEMENT_FIELDS = 14;

    /** The answers of the first {@code elements} elements, null where none was chosen or it is not 1–4. */
    List<Integer> answers(int elements) {
        List<String> all = List.of(
                orEmpty(u1),
                orEmpty(u2),
                orEmpty(u3),
                orEmpty(u4),
                orEmpty(u5),
                orEmpty(u6),
                orEmpty(u7),
                orEmpty(u8),
                orEmpty(u9),
                orEmpty(u10),
                orEmpty(u11),
                orEmpty(u12),
                orEmpty(u13),
                orEmpty(u14));
        List<Integer> answers = new ArrayList<>();
        for (int element = 0; element < elements; element++) {
            String value = all.get(element).strip();
            answers.add(value.matches("[1-4]") ? Integer.valueOf(value) : null);
        }
        return answers;
    }

    /** The chosen answer of an element (1-based), for showing the form again; 0 when none. */
    int chosen(int element) {
        Integer answer = answers(ELEMENT_FIELDS).get(element - 1);
        return answer == null ? 0 : answer;
    }

    boolean robot() {
        return situs != null && !situs.isEmpty();
    }

    boolean atKiosk() {
        return kiosk != null && !kiosk.isBlank();
    }

    @Nullable
    Integer age() {
        String value = blankAsNull(usia);
        if (value == null) {
            return null;
        }
        if (!value.matches("\\d{1,3}")) {
            throw new InvalidValue("survey.age", "age", "'" + value + "' is not an age in years", value);
        }
        return Integer.valueOf(value);
    }

    @Nullable
    static String blankAsNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String orEmpty(@Nullable String value) {
        return value == null ? "" : value;
    }
}
