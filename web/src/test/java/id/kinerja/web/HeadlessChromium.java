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
import java.util.Comparator;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium driven headless, for the browser tests. Where it is not installed the tests skip, unless
 * {@code KINERJA_BROWSER_REQUIRED=true} (CI) makes its absence a failure.
 */
final class HeadlessChromium implements AutoCloseable {
    private static final File CHROMIUM = new File("/usr/bin/chromium");
    private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");

    private final WebDriver browser;
    private final Path userData;

    private HeadlessChromium(WebDriver browser, Path userData) {
        this.browser = browser;
        this.userData = userData;
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
        WebDriver browser = new ChromeDriver(
                new ChromeDriverService.Builder()
                        .usingDriverExecutable(CHROMEDRIVER)
                        .build(),
                options);
        browser.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
        return new HeadlessChromium(browser, userData);
    }

    WebDriver browser() {
        return browser;
    }

    /** The page as it looks now, under target/screenshots, for a person to look at. */
    void screenshot(String name) {
        try {
            File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
            Path target = Path.of("target", "screenshots", name + ".png");
            Files.createDirectories(target.getParent());
            Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        browser.quit();
        try (var files = Files.walk(userData)) {
            files.sorted(Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        }
    }
}
