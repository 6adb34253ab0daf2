package id.kinerja.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The checks every browser test runs on every page can fail: a page with an image without a text, or with a
 * domain code shown raw, fails the test that opens it; a page in words with labelled fields passes. (Pages
 * written here, not served: the checks judge whatever the browser shows.)
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PageChecksIT {
    private HeadlessChromium chromium;

    @BeforeAll
    void start() throws IOException {
        chromium = HeadlessChromium.start();
    }

    @AfterAll
    void stop() throws IOException {
        if (chromium != null) {
            chromium.close();
        }
    }

    private static String page(String main) {
        return "data:text/html;charset=utf-8,"
                + URLEncoder.encode(
                                "<!DOCTYPE html><html lang=\"id\"><head><title>Uji</title></head><body>"
                                        + "<header><a href=\"/\">Kinerja</a></header><main><h1>Uji</h1>" + main
                                        + "</main></body></html>",
                                StandardCharsets.UTF_8)
                        .replace("+", "%20");
    }

    @Test
    void aPageInWordsWithLabelledFieldsPasses() {
        chromium.browser().get(page("<p>Status: Ditetapkan</p><label for=\"tahun\">Tahun</label><input id=\"tahun\">"));

        assertThat(PageChecks.faultsOf(chromium.browser(), true)).isEmpty();
    }

    @Test
    void aCriticalAccessibilityFindingFailsTheTestThatOpensThePage() {
        assumeTrue(TestPass.checksLooks(), "axe-core judges the pages in the H2 pass only (TestPass)");
        assertThatThrownBy(() -> chromium.browser().get(page("<p>Grafik</p><img src=\"grafik.png\">")))
                .isInstanceOf(RuntimeException.class)
                .rootCause()
                .hasMessageContaining("critical image-alt");
    }

    @Test
    void aDomainCodeShownRawFailsTheTestThatOpensThePage() {
        assertThatThrownBy(() -> chromium.browser().get(page("<p>Status: ENACTED, metode PERMENPANRB_14_2017</p>")))
                .isInstanceOf(RuntimeException.class)
                .rootCause()
                .hasMessageContaining("raw code ENACTED")
                .hasMessageContaining("raw code PERMENPANRB_14_2017");
    }
}
