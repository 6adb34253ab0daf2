package id.kinerja.domain.shared;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as Indonesian documents write them: "3 Januari 2024". Reading accepts the spellings found in real
 * documents (Pebruari, Agt/Ags, Nop/Nopember) in any case, and ISO dates; writing uses the standard names.
 */
public final class IndonesianDate {

    private static final List<String> MONTHS = List.of(
            "Januari",
            "Februari",
            "Maret",
            "April",
            "Mei",
            "Juni",
            "Juli",
            "Agustus",
            "September",
            "Oktober",
            "November",
            "Desember");

    private static final Map<String, Integer> VARIANTS = Map.ofEntries(
            Map.entry("jan", 1),
            Map.entry("feb", 2),
            Map.entry("pebruari", 2),
            Map.entry("peb", 2),
            Map.entry("mar", 3),
            Map.entry("apr", 4),
            Map.entry("jun", 6),
            Map.entry("jul", 7),
            Map.entry("agt", 8),
            Map.entry("ags", 8),
            Map.entry("agu", 8),
            Map.entry("agust", 8),
            Map.entry("sep", 9),
            Map.entry("sept", 9),
            Map.entry("okt", 10),
            Map.entry("nop", 11),
            Map.entry("nopember", 11),
            Map.entry("nov", 11),
            Map.entry("des", 12),
            // English month names, as a person reading the English pages writes them
            Map.entry("january", 1),
            Map.entry("february", 2),
            Map.entry("march", 3),
            Map.entry("may", 5),
            Map.entry("june", 6),
            Map.entry("july", 7),
            Map.entry("august", 8),
            Map.entry("aug", 8),
            Map.entry("october", 10),
            Map.entry("oct", 10),
            Map.entry("december", 12),
            Map.entry("dec", 12));

    private static final Pattern WRITTEN = Pattern.compile("(\\d{1,2})\\s+([A-Za-z]+)\\.?\\s+(\\d{4})");
    /** Day first, as Indonesian spreadsheets and people write it: 03/01/2024, 3-1-2024, 3.1.2024. */
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(\\d{1,2})([/.-])(\\d{1,2})\\2(\\d{4})");

    private IndonesianDate() {}

    /** Parses "3 Januari 2024", "03 agt 2024", "03/01/2024" (day first) or "2024-01-03". */
    public static LocalDate parse(String text, String field) {
        if (text == null || text.isBlank()) {
            throw InvalidValue.required(field);
        }
        String candidate = text.strip();
        try {
            Matcher written = WRITTEN.matcher(candidate);
            Matcher dayFirst = DAY_MONTH_YEAR.matcher(candidate);
            if (dayFirst.matches()) {
                return LocalDate.of(
                        Integer.parseInt(dayFirst.group(4)),
                        Integer.parseInt(dayFirst.group(3)),
                        Integer.parseInt(dayFirst.group(1)));
            } else if (written.matches()) {
                int month = monthNumber(written.group(2));
                if (month > 0) {
                    return LocalDate.of(Integer.parseInt(written.group(3)), month, Integer.parseInt(written.group(1)));
                }
            } else {
                return LocalDate.parse(candidate);
            }
        } catch (java.time.DateTimeException e) {
            // falls through to the explanation below
        }
        throw new InvalidValue(
                "date.unreadable",
                field,
                "'" + text + "' is not a date such as '3 Januari 2024', '03/01/2024' or '2024-01-03'",
                text);
    }

    /** Writes a date as "3 Januari 2024". */
    public static String format(LocalDate date) {
        return date.getDayOfMonth() + " " + MONTHS.get(date.getMonthValue() - 1) + " " + date.getYear();
    }

    private static int monthNumber(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        for (int i = 0; i < MONTHS.size(); i++) {
            if (MONTHS.get(i).toLowerCase(Locale.ROOT).equals(lower)) {
                return i + 1;
            }
        }
        return VARIANTS.getOrDefault(lower, 0);
    }
}
