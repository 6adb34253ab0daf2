package id.kinerja.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every WebJar asset a template names (KaTeX's script, style) is on the class path at that very version, so
 * that Kinerja serves it itself under /webjars: a version raised in the pom without the template fails here,
 * not in an office whose intranet has no CDN.
 */
class FormulaAssetsTest {
    @Test
    void everyWebJarAssetATemplateNamesIsServedByKinerja() throws IOException {
        Pattern asset = Pattern.compile("\"/webjars/([^\"]+)\"");
        List<String> named = new ArrayList<>();
        try (Stream<Path> templates = Files.list(Path.of("src", "main", "resources", "views"))) {
            for (Path template : templates.toList()) {
                Matcher found = asset.matcher(Files.readString(template));
                while (found.find()) {
                    named.add(found.group(1));
                }
            }
        }

        assertThat(named).anyMatch(path -> path.startsWith("katex/") && path.endsWith("katex.min.js"));
        for (String path : named) {
            assertThat(FormulaAssetsTest.class.getResource("/META-INF/resources/webjars/" + path))
                    .as(path)
                    .isNotNull();
        }
    }
}
