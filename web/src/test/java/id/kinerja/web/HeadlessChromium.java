package id.kinerja.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.events.EventFiringDecorator;
import org.openqa.selenium.support.events.WebDriverListener;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium driven headless, for the browser tests. Where it is not installed the tests skip, unless
 * {@code KINERJA_BROWSER_REQUIRED=true} (CI) makes its absence a failure.
 *
 * <p>Every page the browser loads or reaches by a click is checked ({@link PageChecks}): an accessibility finding
 * of axe-core rated serious or critical, or a domain code shown raw, fails the test on the spot, whichever test
 * it is — so a new page is held to the same rules as soon as a browser test opens it.
 */
final class HeadlessChromium implements AutoCloseable {
    /**
     * Screenshots are for people to look at, and the integration tests' PostgreSQL pass shows the very same pages
     * as the H2 pass (it would only overwrite its files), so only the H2 pass takes them — and runs axe-core on
     * every page, whose findings come from the templates, not the database ({@link TestPass}). The raw-code check
     * runs in both passes: a label comes with the data. {@code KINERJA_SCREENSHOTS=false} leaves them out
     * altogether (CI, whose clone nobody opens after a green run): they are a third of the browser tests' time.
     * A page that fails its checks is saved either way, under target/screenshots/failed.
     */
    private static final boolean SCREENSHOTS =
            TestPass.checksLooks() && !"false".equals(System.getenv("KINERJA_SCREENSHOTS"));

    /**
     * How often a wait looks again. Selenium's default is half a second, and a wait right after a click nearly always
     * looks once too early: every submit of a journey cost half a second of nothing.
     */
    static final Duration POLL = Duration.ofMillis(50);

    private static final File CHROMIUM = new File("/usr/bin/chromium");
    private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");
    /** Set on a document once it is checked, so that a click that stays on the page does not check it again. */
    private static final String CHECKED = "kinerjaPageChecked";

    /**
     * With {@code -Dkinerja.pageChecks=collect} the faults of every page are gathered and the browser's close
     * fails with all of them at once (handy while mending many pages); by default the first faulty page fails.
     */
    private static final boolean COLLECT = "collect".equals(System.getProperty("kinerja.pageChecks"));

    private final ChromeDriver chrome;
    private final WebDriver browser;
    private final List<String> collected = new ArrayList<>();
    private final Path userData;

    private HeadlessChromium(ChromeDriver chrome, Path userData) {
        this.chrome = chrome;
        this.browser = new EventFiringDecorator<WebDriver>(new CheckEveryPage(this)).decorate(chrome);
        this.userData = userData;
    }

    /**
     * Runs the page checks after each load and each click that leads to another document (public: Selenium
     * calls it by reflection).
     */
    public static final class CheckEveryPage implements WebDriverListener {
        private final HeadlessChromium chromium;

        CheckEveryPage(HeadlessChromium chromium) {
            this.chromium = chromium;
        }

        @Override
        public boolean throwsExceptions() {
            return true;
        }

        @Override
        public void afterGet(WebDriver driver, String url) {
            chromium.check();
        }

        @Override
        public void afterClick(WebElement element) {
            chromium.check();
        }

        @Override
        public void afterSubmit(WebElement element) {
            chromium.check();
        }
    }

    /**
     * Clicks what leads to another page, and waits until that page has replaced this one: a look for an element
     * right after the click may otherwise find it on the page being left, which is then stale.
     */
    static void leaveBy(WebDriver browser, WebElement control) {
        WebElement leaving = browser.findElement(By.tagName("html"));
        control.click();
        new WebDriverWait(browser, Duration.ofSeconds(30), POLL).until(page -> isGone(leaving));
    }

    /**
     * Whether the page being left has been replaced. Selenium's {@code stalenessOf} knows only the answer "stale";
     * while Chromium swaps one document for the next it may answer "Node with given id does not belong to the
     * document" instead, which failed a CI run. That answer says the same: the node's document is no longer the
     * window's.
     */
    private static boolean isGone(WebElement leaving) {
        try {
            leaving.isEnabled();
            return false;
        } catch (StaleElementReferenceException replaced) {
            return true;
        } catch (WebDriverException midSwap) {
            if (String.valueOf(midSwap.getMessage()).contains("does not belong to the document")) {
                return true;
            }
            throw midSwap;
        }
    }

    private void check() {
        new WebDriverWait(chrome, Duration.ofSeconds(20), POLL)
                .until(driver ->
                        "complete".equals(((JavascriptExecutor) driver).executeScript("return document.readyState")));
        if (Boolean.TRUE.equals(chrome.executeScript("return window." + CHECKED + " === true;"))) {
            return;
        }
        List<String> faults = PageChecks.faultsOf(chrome, TestPass.checksLooks());
        chrome.executeScript("window." + CHECKED + " = true;");
        if (COLLECT) {
            collected.addAll(faults);
            return;
        }
        if (!faults.isEmpty()) {
            // for whoever reads the failure: the page as it was (the test fails on the next line anyway)
            wholePage("failed/" + System.currentTimeMillis(), 1200, false);
        }
        assertThat(faults)
                .as("accessibility and words of " + chrome.getCurrentUrl())
                .isEmpty();
    }

    /** A browser with an empty profile, or the test is skipped (or fails, where the browser is required). */
    static HeadlessChromium start() throws IOException {
        boolean installed = CHROMIUM.canExecute() && CHROMEDRIVER.canExecute();
        if (Boolean.getBoolean("kinerja.browser.required")
                || "true".equals(System.getenv("KINERJA_BROWSER_REQUIRED"))) {
            assertThat(installed)
                    .as("chromium and chromium-driver are installed")
                    .isTrue();
        }
        assumeTrue(installed, "chromium and chromium-driver are not installed");
        Path userData = Files.createTempDirectory("kinerja-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--disable-quic",
                "--window-size=1200,900",
                "--lang=id-ID",
                "--user-data-dir=" + userData);
        ChromeDriver browser = new ChromeDriver(
                new ChromeDriverService.Builder()
                        .usingDriverExecutable(CHROMEDRIVER)
                        .build(),
                options);
        browser.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        return new HeadlessChromium(browser, userData);
    }

    WebDriver browser() {
        return browser;
    }

    /** The whole page as it looks now (not only the window's height), under target/screenshots, for a person to look at. */
    void screenshot(String name) {
        if (!SCREENSHOTS) {
            return;
        }
        Number width = (Number) chrome.executeScript("return window.innerWidth;");
        wholePage(name, width.intValue(), false);
    }

    /**
     * The page as a 390 px wide phone shows it: it must not scroll sideways; its screenshot is saved like
     * {@link #screenshot(String)}'s. The page is then shown at the desktop width again.
     */
    void atPhoneWidth(String name) {
        chrome.executeCdpCommand("Emulation.setDeviceMetricsOverride", metrics(390, 844, true));
        try {
            Object width = chrome.executeScript("return document.documentElement.scrollWidth;");
            assertThat(((Number) width).intValue())
                    .as("the page is no wider than a 390 px phone: " + chrome.getCurrentUrl() + " " + wideElements())
                    .isLessThanOrEqualTo(390);
            if (SCREENSHOTS) {
                wholePage(name, 390, true);
            }
        } finally {
            chrome.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    private void wholePage(String name, int width, boolean phone) {
        Number height = (Number) chrome.executeScript("return document.documentElement.scrollHeight;");
        chrome.executeCdpCommand(
                "Emulation.setDeviceMetricsOverride", metrics(width, Math.min(height.intValue(), 8000), phone));
        try {
            File shot = ((TakesScreenshot) chrome).getScreenshotAs(OutputType.FILE);
            Path target = Path.of("target", "screenshots", name + ".png");
            Files.createDirectories(target.getParent());
            Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (phone) {
                chrome.executeCdpCommand("Emulation.setDeviceMetricsOverride", metrics(390, 844, true));
            } else {
                chrome.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
            }
        }
    }

    private static Map<String, Object> metrics(int width, int height, boolean phone) {
        return Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", phone);
    }

    /** The elements reaching past the right edge, for a failure message. */
    private Object wideElements() {
        return chrome.executeScript("var wide = [];"
                + "document.querySelectorAll('body *').forEach(function (e) {"
                + "  var r = e.getBoundingClientRect(); if (r.right > 391) {"
                + "    wide.push(e.tagName + (e.id ? '#' + e.id : '') + ' ' + Math.round(r.right)); } });"
                + "return wide.slice(0, 15);");
    }

    @Override
    public void close() throws IOException {
        browser.quit();
        try (var files = Files.walk(userData)) {
            files.sorted(Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        }
        assertThat(collected)
                .as("accessibility and words of every page visited")
                .isEmpty();
    }

    // The public SKM questionnaire (issue 16)
    /** From now on the browser is a 390 px wide phone (touch, mobile viewport), as a respondent's would be. */
    void asPhone() {
        chrome.executeCdpCommand("Emulation.setDeviceMetricsOverride", metrics(390, 844, true));
    }
}
