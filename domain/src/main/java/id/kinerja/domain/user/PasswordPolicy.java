package id.kinerja.domain.user;

import id.kinerja.domain.shared.InvalidValue;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Kata sandi: length beats forced symbols (NIST SP 800-63B). At least 12 characters, at most the 72 bytes bcrypt
 * reads (refused rather than silently cut), not a common password or a common word dressed up with digits and
 * signs, not the user name, and not a trivial repetition or run such as {@code aaaaaaaaaaaa} or
 * {@code 123456789012}.
 */
public final class PasswordPolicy {
    public static final int MIN_LENGTH = 12;
    /** bcrypt reads at most 72 bytes; a longer password would be silently cut. */
    public static final int MAX_LENGTH = 72;

    private static final String FIELD = "password";
    private static final Pattern DIGITS_AND_SIGNS = Pattern.compile("[^\\p{L}]*");
    private static final Pattern EDGES = Pattern.compile("^[^\\p{L}]+|[^\\p{L}]+$");
    private static final Set<String> COMMON = load("common-passwords.txt");

    private PasswordPolicy() {}

    /** Refuses a password this person may not choose, with the rule it breaks. */
    public static void check(String password, Username username) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            throw new InvalidValue(
                    "password.too-short", FIELD, "a password has at least " + MIN_LENGTH + " characters", MIN_LENGTH);
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_LENGTH) {
            throw new InvalidValue(
                    "password.too-long", FIELD, "a password has at most " + MAX_LENGTH + " bytes", MAX_LENGTH);
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (isCommon(lower)) {
            throw new InvalidValue("password.common", FIELD, "this password is among the most common ones");
        }
        if (username != null && isTheName(lower, username.value())) {
            throw new InvalidValue("password.like-username", FIELD, "a password must not be the user name");
        }
        if (isTrivial(lower)) {
            throw new InvalidValue(
                    "password.trivial", FIELD, "a password must not repeat or count up a few characters");
        }
    }

    private static boolean isCommon(String lower) {
        String core = EDGES.matcher(lower).replaceAll("").replaceAll("\\s+", "");
        return COMMON.contains(lower) || COMMON.contains(core) || COMMON.contains(unLeet(core));
    }

    private static boolean isTheName(String lower, String name) {
        return (lower.contains(name)
                        && DIGITS_AND_SIGNS.matcher(lower.replace(name, "")).matches())
                || lower.equals(new StringBuilder(name).reverse().toString());
    }

    /** Fewer than four different characters, a short piece repeated, or a run up or down (1234…, abcd…). */
    static boolean isTrivial(String lower) {
        int[] points = lower.codePoints().toArray();
        if (lower.codePoints().distinct().count() < 4) {
            return true;
        }
        for (int piece = 1; piece <= points.length / 2; piece++) {
            if (points.length % piece == 0
                    && lower.substring(0, lower.offsetByCodePoints(0, piece))
                            .repeat(points.length / piece)
                            .equals(lower)) {
                return true;
            }
        }
        return runs(points, 1) || runs(points, -1);
    }

    private static boolean runs(int[] points, int step) {
        for (int i = 1; i < points.length; i++) {
            int expected = points[i - 1] + step;
            boolean wrapsDigit = Character.isDigit(points[i - 1]) && (expected == '0' + 10 || expected == '0' - 1);
            int next = wrapsDigit ? (step > 0 ? '0' : '9') : expected;
            if (points[i] != next) {
                return false;
            }
        }
        return true;
    }

    private static String unLeet(String core) {
        return core.replace('@', 'a')
                .replace('4', 'a')
                .replace('0', 'o')
                .replace('1', 'i')
                .replace('!', 'i')
                .replace('3', 'e')
                .replace('$', 's')
                .replace('5', 's')
                .replace('7', 't');
    }

    private static Set<String> load(String resource) {
        try (InputStream in = Objects.requireNonNull(PasswordPolicy.class.getResourceAsStream(resource), resource);
                BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return lines.lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> line.toLowerCase(Locale.ROOT))
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
