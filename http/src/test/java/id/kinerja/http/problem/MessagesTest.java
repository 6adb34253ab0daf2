package id.kinerja.http.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class MessagesTest {
    private final Messages messages = new Messages();

    private static Properties bundle(String language) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream("/i18n/messages_" + language + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void everyMessageExistsInBothLanguages() throws IOException {
        Properties indonesian = bundle("id");
        Properties english = bundle("en");
        indonesian.keySet().removeIf(key -> key.toString().startsWith("thing."));

        assertThat(english.keySet()).containsAll(indonesian.keySet());
        assertThat(indonesian.keySet()).containsAll(english.keySet());
    }

    /** Every code the domain refuses with, or explains a state with, has its message in both languages. */
    @Test
    void everyCodeTheDomainUsesHasItsMessage() throws IOException {
        java.util.regex.Pattern code = java.util.regex.Pattern.compile(
                "new (?:InvalidValue|RuleViolation|ConflictingState|NotPermitted|Attainment\\.NotComputable|Incomplete)\\(\\s*\"([a-z0-9.-]+)\"");
        java.util.Set<String> used = new java.util.TreeSet<>();
        try (var sources = java.nio.file.Files.walk(java.nio.file.Path.of("..", "domain", "src", "main", "java"))) {
            for (java.nio.file.Path source :
                    sources.filter(path -> path.toString().endsWith(".java")).toList()) {
                var matcher = code.matcher(java.nio.file.Files.readString(source));
                while (matcher.find()) {
                    used.add(matcher.group(1));
                }
            }
        }

        assertThat(used).hasSizeGreaterThan(40);
        assertThat(used)
                .allSatisfy(key -> assertThat(messages.knows(key)).as(key).isTrue());
    }

    @Test
    void rendersBothLanguagesWithYearsUngroupedAndDecimalsTheLocalWay() {
        Messages.Bilingual text = messages.render("target.outside-period", List.of(2027, 2024, 2026));
        Messages.Bilingual decimal = messages.render("number.too-precise", List.of(new BigDecimal("1234.5"), 6));

        assertThat(text.id()).isEqualTo("Target tahun 2027 berada di luar periode rencana 2024–2026.");
        assertThat(text.en()).isEqualTo("A target for 2027 lies outside the plan period 2024–2026.");
        assertThat(decimal.id()).startsWith("1.234,5 ");
        assertThat(decimal.en()).startsWith("1234.5 ");
    }

    @Test
    void translatesTheNameOfWhatWasNotFound() {
        Messages.Bilingual text = messages.render("not-found", List.of("decree", "17"));

        assertThat(text.id()).isEqualTo("keputusan 17 tidak ditemukan.");
        assertThat(text.en()).isEqualTo("The decree 17 does not exist.");
    }

    @Test
    void anUnknownCodeFallsBackToAGenericMessage() {
        assertThat(messages.render("no.such.code", List.of()).id()).isEqualTo("Permintaan tidak dapat diproses.");
    }

    @Test
    void choosesEnglishOnlyWhenTheCallerPrefersIt() {
        assertThat(Messages.languageOf("en-US,en;q=0.9")).isEqualTo(Messages.ENGLISH);
        assertThat(Messages.languageOf("id-ID,id;q=0.9,en;q=0.8")).isEqualTo(Messages.INDONESIAN);
        assertThat(Messages.languageOf(null)).isEqualTo(Messages.INDONESIAN);
        assertThat(Messages.languageOf("fr-FR")).isEqualTo(Messages.INDONESIAN);
        assertThat(Messages.languageOf(";;;")).isEqualTo(Messages.INDONESIAN);
    }
}
