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

    /** A page that refuses a blank field names it in the reader's language, not by the API's field name. */
    @Test
    void namesARequiredFieldInIndonesianAndByItsApiNameInEnglish() {
        Messages.Bilingual reason = messages.render("value.required", List.of("reason"));
        Messages.Bilingual signer = messages.render("value.required", List.of("signatory.name"));

        assertThat(reason.id()).isEqualTo("Isian “alasan” wajib diisi.");
        assertThat(reason.en()).isEqualTo("“reason” is required.");
        assertThat(signer.id()).isEqualTo("Isian “nama penanda tangan” wajib diisi.");
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

    /** Every enum of the domain, top-level or nested, found among the domain's compiled classes. */
    private static List<Class<?>> domainEnums() throws Exception {
        java.net.URI location = id.kinerja.domain.decree.DecreeStatus.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI();
        java.nio.file.Path root = java.nio.file.Path.of(location);
        java.nio.file.FileSystem jar = null;
        if (java.nio.file.Files.isRegularFile(root)) {
            jar = java.nio.file.FileSystems.newFileSystem(root);
            root = jar.getPath("/");
        }
        try (var files = java.nio.file.Files.walk(root.resolve("id/kinerja/domain"))) {
            java.nio.file.Path base = root;
            List<Class<?>> enums = new java.util.ArrayList<>();
            for (java.nio.file.Path file :
                    files.filter(path -> path.toString().endsWith(".class")).toList()) {
                String name = base.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> type = Class.forName(name, false, MessagesTest.class.getClassLoader());
                if (type.isEnum()) {
                    enums.add(type);
                }
            }
            return enums;
        } finally {
            if (jar != null) {
                jar.close();
            }
        }
    }

    @Test
    void everyEnumOfTheDomainHasALabelInBothLanguages() throws Exception {
        List<Class<?>> enums = domainEnums();
        Properties indonesian = bundle("id");
        Properties english = bundle("en");

        assertThat(enums)
                .hasSizeGreaterThan(15)
                .contains(
                        id.kinerja.domain.decree.DecreeStatus.class, id.kinerja.domain.satisfaction.ServiceGrade.class);
        for (Class<?> type : enums) {
            for (Object constant : type.getEnumConstants()) {
                String key = Messages.labelKey((Enum<?>) constant);
                assertThat(indonesian.getProperty(key)).as("id " + key).isNotBlank();
                assertThat(english.getProperty(key)).as("en " + key).isNotBlank();
            }
        }
    }

    @Test
    void labelsAnEnumInTheReadersLanguage() {
        assertThat(Messages.labelKey(id.kinerja.domain.decree.DecreeStatus.ENACTED))
                .isEqualTo("enum.DecreeStatus.ENACTED");
        assertThat(Messages.labelKey(id.kinerja.domain.evaluation.Realization.Source.Kind.SURVEY))
                .isEqualTo("enum.Realization.Source.Kind.SURVEY");
        assertThat(messages.label(id.kinerja.domain.decree.DecreeStatus.ENACTED))
                .isEqualTo(new Messages.Bilingual("Ditetapkan", "Enacted"));
        assertThat(messages.label(id.kinerja.domain.satisfaction.ServiceGrade.C, Messages.INDONESIAN))
                .isEqualTo("Kurang Baik");
    }

    /** A pattern that MessageFormat misreads (a lone apostrophe swallows the rest) leaves its braces behind. */
    @Test
    void everyPatternRendersItsArgumentsInBothLanguages() throws IOException {
        List<Object> arguments = java.util.stream.IntStream.range(0, 10)
                .mapToObj(i -> (Object) ("arg" + i))
                .toList();
        for (String language : List.of("id", "en")) {
            java.util.Locale locale = language.equals("en") ? Messages.ENGLISH : Messages.INDONESIAN;
            for (String key : bundle(language).stringPropertyNames()) {
                if (key.startsWith("enum.") || key.startsWith("thing.")) {
                    continue;
                }
                assertThat(messages.render(key, arguments, locale))
                        .as(language + " " + key)
                        .doesNotContainPattern("\\{[0-9]");
            }
        }
    }

    /** Every rule the domain explains a figure with has its message in both languages. */
    @Test
    void everyRuleTheDomainExplainsWithHasItsMessage() throws IOException {
        java.util.regex.Pattern rule =
                java.util.regex.Pattern.compile("\"((?:attainment|yearly|score|category|rollup)\\.[a-z0-9.-]+)\"");
        java.util.Set<String> used = new java.util.TreeSet<>();
        try (var sources = java.nio.file.Files.walk(java.nio.file.Path.of(
                "..", "domain", "src", "main", "java", "id", "kinerja", "domain", "evaluation"))) {
            for (java.nio.file.Path source :
                    sources.filter(path -> path.toString().endsWith(".java")).toList()) {
                var matcher = rule.matcher(java.nio.file.Files.readString(source));
                while (matcher.find()) {
                    used.add(matcher.group(1));
                }
            }
        }

        assertThat(used).hasSizeGreaterThan(25);
        assertThat(used)
                .allSatisfy(key -> assertThat(messages.knows(key)).as(key).isTrue());
    }

    @Test
    void rendersAnExplanationWithItsStepsAndDecimalsTheLocalWay() {
        var explanation = id.kinerja.domain.shared.Explanation.of(
                "attainment.higher-is-better",
                new BigDecimal("87.5"),
                new BigDecimal("100"),
                id.kinerja.domain.shared.Explanation.of("attainment.against.target", new BigDecimal("100")),
                new BigDecimal("87.5000"),
                new BigDecimal("87.50"));

        Messages.Bilingual text = messages.render(explanation);

        assertThat(text.id())
                .isEqualTo("Semakin tinggi semakin baik: R ÷ T × 100 = 87,5 ÷ 100 × 100 = 87,50 % (realisasi 87,5"
                        + " dibandingkan dengan target 100; dibulatkan sekali ke 2 desimal, setengah ke atas).");
        assertThat(text.en())
                .isEqualTo("Higher is better: R ÷ T × 100 = 87.5 ÷ 100 × 100 = 87.50 % (realization 87.5 compared"
                        + " with the target 100; rounded once to 2 decimals, half up).");
    }

    @Test
    void rendersAListOfEnumsByTheirLabels() {
        Messages.Bilingual text = messages.render(
                "rollup.periods-missing",
                List.of(List.of(
                        id.kinerja.domain.shared.ReportingPeriod.Q3, id.kinerja.domain.shared.ReportingPeriod.Q4)));

        assertThat(text.id()).contains("Triwulan III; Triwulan IV");
        assertThat(text.en()).contains("Quarter 3; Quarter 4");
    }
}
