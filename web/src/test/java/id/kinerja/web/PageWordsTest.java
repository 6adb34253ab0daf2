package id.kinerja.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every word a page asks for exists in Indonesian and in English. */
class PageWordsTest {
    private static Properties bundle(String language) throws IOException {
        Properties words = new Properties();
        try (InputStream in = PageWordsTest.class.getResourceAsStream("/i18n/pages_" + language + ".properties")) {
            words.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return words;
    }

    @Test
    void everyKeyATemplateUsesIsInBothLanguages() throws IOException {
        Properties indonesian = bundle("id");
        Properties english = bundle("en");
        Set<String> used = new TreeSet<>();
        Pattern key = Pattern.compile("#\\{([a-zA-Z0-9.-]+)}");
        try (Stream<Path> templates = Files.list(Path.of("src", "main", "resources", "views"))) {
            for (Path template : templates.toList()) {
                Matcher found = key.matcher(Files.readString(template));
                while (found.find()) {
                    used.add(found.group(1));
                }
            }
        }

        assertThat(used).hasSizeGreaterThan(100);
        assertThat(indonesian.keySet()).containsAll(used);
        assertThat(english.keySet()).containsAll(used);
        assertThat(indonesian.keySet()).isEqualTo(english.keySet());
    }

    /**
     * Both the pages' words (Micronaut's message interpolation) and the messages (MessageFormat) read a single
     * apostrophe as the start of a quoted passage and drop it: "the archive's accounts" came out as "the
     * archives accounts". An apostrophe a reader should see is written twice in the bundles.
     */
    @Test
    void everyApostropheInTheBundlesIsWrittenTwiceSoThatItIsShown() throws IOException {
        Pattern lone = Pattern.compile("(?<!')'(?!')");
        List<String> faults = new ArrayList<>();
        for (String bundle : List.of(
                "/i18n/pages_id.properties",
                "/i18n/pages_en.properties",
                "/i18n/messages_id.properties",
                "/i18n/messages_en.properties")) {
            Properties words = new Properties();
            try (InputStream in = PageWordsTest.class.getResourceAsStream(bundle)) {
                words.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            words.forEach((key, value) -> {
                if (lone.matcher(value.toString()).find()) {
                    faults.add(bundle + " " + key + "=" + value);
                }
            });
        }
        assertThat(faults).isEmpty();
    }
}
