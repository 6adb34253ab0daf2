package id.kinerja.web;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import id.kinerja.http.problem.Messages;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * What every page a browser test visits must pass, whichever test visits it: no serious or critical finding of
 * axe-core (the accessibility engine, served to the page from its WebJar on the test class path — never from a
 * CDN), and no constant of a domain enum shown raw ({@code ENACTED}, {@code PERMENPANRB_14_2017}) where its
 * label belongs. {@link HeadlessChromium} runs them after each page load and each click.
 */
final class PageChecks {
    private static final Pattern CODE = Pattern.compile("\\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*\\b");
    private static volatile Set<String> rawCodes;
    private static volatile String axe;

    private PageChecks() {}

    /**
     * The faults of the page the browser shows now; empty when it passes (or is not one of our HTML pages).
     * axe-core runs only when {@code accessibility} is asked for: it is most of a browser test's time.
     */
    static List<String> faultsOf(WebDriver browser, boolean accessibility) {
        JavascriptExecutor script = (JavascriptExecutor) browser;
        Object kind = script.executeScript("return document.contentType + ' ' + document.readyState;");
        if (!String.valueOf(kind).startsWith("text/html")
                || !Boolean.TRUE.equals(script.executeScript("return !!document.querySelector('main');"))) {
            return List.of();
        }
        String where = browser.getCurrentUrl() + ": ";
        List<String> faults = new ArrayList<>();
        Matcher code = CODE.matcher(visibleWords(browser));
        while (code.find()) {
            if (rawCodes().contains(code.group())) {
                faults.add(where + "raw code " + code.group());
            }
        }
        if (accessibility) {
            for (String finding : accessibilityFindings(browser)) {
                faults.add(where + finding);
            }
        }
        return faults;
    }

    /**
     * The words the page itself says: header and main, without what is marked as written in another language
     * (a decree's text, a target's category as the decree wrote it) and without the signed-in person's name.
     */
    static String visibleWords(WebDriver browser) {
        return (String) ((JavascriptExecutor) browser)
                .executeScript("var language = document.documentElement.lang; var parts = [];"
                        + "document.querySelectorAll('header, main').forEach(function (part) {"
                        + "  var copy = part.cloneNode(true);"
                        + "  copy.querySelectorAll('[lang]:not([lang=\"' + language + '\"]), #nama')"
                        + "      .forEach(function (other) { other.remove(); });"
                        + "  document.body.appendChild(copy); parts.push(copy.innerText); copy.remove();"
                        + "});"
                        + "return parts.join('\\n');");
    }

    /** axe-core's serious and critical findings on the page, one line each: rule, what is wrong, where. */
    @SuppressWarnings("unchecked")
    static List<String> accessibilityFindings(WebDriver browser) {
        JavascriptExecutor script = (JavascriptExecutor) browser;
        if (!Boolean.TRUE.equals(script.executeScript("return typeof window.axe === 'object';"))) {
            script.executeScript(axeSource());
        }
        Object found = script.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "axe.run(document, {resultTypes: ['violations']}).then(function (result) {"
                + "  done(result.violations"
                + "    .filter(function (v) { return v.impact === 'serious' || v.impact === 'critical'; })"
                + "    .map(function (v) { return v.impact + ' ' + v.id + ': ' + v.help + ' at '"
                + "      + v.nodes.slice(0, 5).map(function (n) { return n.target.join(' ')"
                + "        + (n.failureSummary ? ' (' + n.failureSummary.replace(/\\s+/g, ' ') + ')' : ''); })"
                + "        .join('; '); }));"
                + "}, function (failed) { done(['axe-core failed: ' + failed]); });");
        return found instanceof List<?> list ? (List<String>) list : List.of(String.valueOf(found));
    }

    /** axe-core's script, from the WebJar the test class path carries (its version from the WebJar's own pom). */
    private static String axeSource() {
        if (axe == null) {
            try (InputStream pom =
                    PageChecks.class.getResourceAsStream("/META-INF/maven/org.webjars.npm/axe-core/pom.properties")) {
                Properties about = new Properties();
                about.load(pom);
                try (InputStream script = PageChecks.class.getResourceAsStream(
                        "/META-INF/resources/webjars/axe-core/" + about.getProperty("version") + "/axe.min.js")) {
                    axe = new String(script.readAllBytes(), StandardCharsets.UTF_8);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return axe;
    }

    /**
     * Every constant of every enum of the domain, found by reflection, whose Indonesian label is not the code
     * itself (so "BIRO", labelled "Biro", may appear in a unit's name, but "ENACTED" may never appear on a page).
     */
    static Set<String> rawCodes() {
        if (rawCodes == null) {
            Messages messages = new Messages();
            Set<String> codes = new TreeSet<>();
            for (JavaClass type : new ClassFileImporter().importPackages("id.kinerja.domain")) {
                if (!type.isEnum()) {
                    continue;
                }
                try {
                    for (Object constant : Class.forName(type.getName()).getEnumConstants()) {
                        Enum<?> value = (Enum<?>) constant;
                        String label = messages.label(value, Messages.INDONESIAN);
                        if (value.name().length() > 2 && !label.equalsIgnoreCase(value.name())) {
                            codes.add(value.name());
                        }
                    }
                } catch (ClassNotFoundException e) {
                    throw new IllegalStateException(e);
                }
            }
            if (!codes.containsAll(Set.of("ENACTED", "HIGHER_IS_BETTER", "PERMENPANRB_14_2017", "ANNUAL", "DRAFT"))) {
                throw new IllegalStateException("the domain's enums were not all found: " + codes);
            }
            rawCodes = codes;
        }
        return rawCodes;
    }
}
