package id.kinerja.domain.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.kinerja.domain.shared.NotFound;
import id.kinerja.domain.shared.ReportingPeriod;
import id.kinerja.domain.shared.Year;
import java.net.URI;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class QuestionnaireRulesTest {
    @Test
    void aSurveysPeriodIsTheDaysOfItsPartOfTheYear() {
        OpenPeriod second = OpenPeriod.of(Year.of(2024), ReportingPeriod.S2);
        assertThat(second).isEqualTo(new OpenPeriod(LocalDate.of(2024, 7, 1), LocalDate.of(2024, 12, 31)));
        assertThat(OpenPeriod.of(Year.of(2024), ReportingPeriod.Q1).closesOn()).isEqualTo(LocalDate.of(2024, 3, 31));
        assertThat(OpenPeriod.of(Year.of(2024), ReportingPeriod.ANNUAL).contains(LocalDate.of(2024, 2, 29)))
                .isTrue();
        assertThat(second.contains(LocalDate.of(2024, 6, 30))).isFalse();
        assertThat(second.contains(LocalDate.of(2025, 1, 1))).isFalse();
    }

    @Test
    void codesAreTenCharactersWithoutLookAlikesAndDoNotRepeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String code = QuestionnaireCode.random().value();
            assertThat(code).hasSize(10).doesNotContain("0", "1", "o", "l", "i");
            seen.add(code);
        }
        assertThat(seen).hasSize(1000);
        assertThatThrownBy(() -> new QuestionnaireCode("../../etc")).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> new QuestionnaireCode("ABCDEFGHJK")).isInstanceOf(NotFound.class);
    }

    @Test
    void theAddressIsTheCodeUnderThePublicBaseWithOrWithoutASlash() {
        QuestionnaireCode code = new QuestionnaireCode("abcdefghjk");
        assertThat(ReadQuestionnaire.addressOf(code, URI.create("https://kinerja.example.go.id/")))
                .isEqualTo(URI.create("https://kinerja.example.go.id/skm/abcdefghjk"));
        assertThat(ReadQuestionnaire.addressOf(code, URI.create("https://pemda.example/kinerja")))
                .isEqualTo(URI.create("https://pemda.example/kinerja/skm/abcdefghjk"));
    }
}
