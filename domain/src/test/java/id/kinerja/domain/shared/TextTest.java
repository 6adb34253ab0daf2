package id.kinerja.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextTest {

    @ParameterizedTest
    @ValueSource(strings = {"a\u0000b", "\u0000", "bel\u0007", "\u001b[31m", "del\u007f", "c1\u0085"})
    void refusesControlCharactersNamingTheFieldAndPosition(String written) {
        assertThatThrownBy(() -> Text.paragraph(written, "reason", 2000))
                .isInstanceOfSatisfying(InvalidValue.class, refused -> {
                    assertThat(refused.code()).isEqualTo("text.control-character");
                    assertThat(refused.field()).contains("reason");
                    assertThat(refused.arguments().get(0)).isEqualTo("reason");
                });
    }

    @Test
    void aParagraphKeepsItsTabsAndLineBreaksWhileALineRefusesThem() {
        assertThat(Text.paragraph("satu\r\ndua\tkolom", "reason", 2000)).isEqualTo("satu\r\ndua\tkolom");
        assertThatThrownBy(() -> Text.line("satu\ndua", "code", 20))
                .isInstanceOfSatisfying(
                        InvalidValue.class,
                        refused -> assertThat(refused.code()).isEqualTo("text.control-character"));
    }

    @Test
    void refusesTextLongerThanItsColumnAndTakesTextThatFitsExactly() {
        assertThat(Text.line("x".repeat(500), "name", 500)).hasSize(500);
        assertThatThrownBy(() -> Text.line("x".repeat(501), "name", 500))
                .isInstanceOfSatisfying(InvalidValue.class, refused -> {
                    assertThat(refused.code()).isEqualTo("text.too-long");
                    assertThat(refused.arguments()).containsExactly("name", 500);
                });
    }

    @Test
    void countsCharactersOutsideTheBasicPlaneAsTheDatabaseCountsThemOrMore() {
        String emoji = "😀".repeat(60);
        assertThatThrownBy(() -> Text.line(emoji, "name", 100)).isInstanceOf(InvalidValue.class);
    }

    @Test
    void absentTextPassesAndRequiredTextDoesNot() {
        assertThat(Text.line(null, "place", 200)).isNull();
        assertThatThrownBy(() -> Text.requiredLine(" ", "code", 20))
                .isInstanceOfSatisfying(
                        InvalidValue.class,
                        refused -> assertThat(refused.code()).isEqualTo("value.required"));
    }

    @Test
    void namesTheItemOfAListByItsIndexAndRefusesANullItem() {
        assertThatThrownBy(() -> Text.lines(List.of("Layanan A", "Layanan\u0000B"), "services", 500))
                .isInstanceOfSatisfying(
                        InvalidValue.class,
                        refused -> assertThat(refused.field()).contains("services[1]"));
        assertThatThrownBy(() -> Text.lines(Arrays.asList("Layanan A", null), "services", 500))
                .isInstanceOfSatisfying(InvalidValue.class, refused -> {
                    assertThat(refused.code()).isEqualTo("value.required");
                    assertThat(refused.field()).contains("services[1]");
                });
    }
}
