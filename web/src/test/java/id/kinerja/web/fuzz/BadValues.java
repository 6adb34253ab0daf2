package id.kinerja.web.fuzz;

import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * The values a careless user or an attacker types: text longer than any column, NUL and other control
 * characters, numbers written every odd way, ids and choices that are not. None contains a word the fuzzer
 * looks for in answers ({@code Exception}, {@code java.}), so an echoed value never counts as a leak.
 */
final class BadValues {
    static final List<String> TEXTS = List.of(
            "",
            " ",
            "\t",
            "a\u0000b",
            "\u0000",
            "nilai\u0007bel",
            "\u001b[31mmerah",
            "baris\r\nbaru",
            "\uFEFFawal",
            "\u202Eterbalik",
            "\uD800",
            "😀 emoji",
            "'; DROP TABLE decree; --",
            "<script>alert(1)</script>",
            "%s %n {0}",
            "${jndi:ldap://x}",
            "x".repeat(101),
            "y".repeat(501),
            "z".repeat(2_001),
            "w".repeat(8_001),
            "v".repeat(40_000));

    static final List<String> NUMBERS_AS_TEXT = List.of(
            "1.500",
            "1,5",
            "87,50",
            "1e3",
            "1E+400",
            "+3",
            ".5",
            "-0",
            "٣",
            "NaN",
            "Infinity",
            "0x1F",
            "1_000",
            " 5 ",
            "99999999999999999999999999999999",
            "-99999999999",
            "2147483648",
            "1.2.3",
            "12%",
            "");

    static final List<String> IDS = List.of(
            "bukan-id",
            "0",
            "-1",
            "00000000-0000-0000-0000-000000000000",
            "00000000-0000-0000-0000-00000000000g",
            "%00",
            "%20",
            "%C3%28",
            "%E2%80%8B",
            "null",
            "12345678901234567890",
            "x".repeat(2_000));

    static final List<String> CHOICES = List.of("BOGUS", "annual", "", " ", "%00", "ANNUAL%00", "Q5", "semester");

    private BadValues() {}

    static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    static String randomId(Random random) {
        return new UUID(random.nextLong(), random.nextLong()).toString();
    }
}
