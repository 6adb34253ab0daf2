package id.kinerja.domain.shared;

import java.util.List;

/**
 * Teks: what a person may store as words. A text fits its column (at most so many characters, counted as the
 * database counts them or more strictly) and holds no control characters — no NUL, which PostgreSQL cannot
 * store, no bell or escape; a paragraph (a reason, a definition, a factor) may keep its tabs and line breaks,
 * a line (a name, a code) may not. Each refusal names the field at fault.
 */
public final class Text {
    private Text() {}

    /** A one-line text that may be absent (null), returned as it was given. */
    public static String line(String value, String field, int maxLength) {
        return checked(value, field, maxLength, false);
    }

    /** A one-line text that must be there. */
    public static String requiredLine(String value, String field, int maxLength) {
        return line(InvalidValue.requireText(value, field), field, maxLength);
    }

    /** A text of several lines that may be absent (null), returned as it was given. */
    public static String paragraph(String value, String field, int maxLength) {
        return checked(value, field, maxLength, true);
    }

    /** A text of several lines that must be there. */
    public static String requiredParagraph(String value, String field, int maxLength) {
        return paragraph(InvalidValue.requireText(value, field), field, maxLength);
    }

    /** Items of a list, each required and a paragraph, reported by their index ({@code decisions[2]}). */
    public static List<String> paragraphs(List<String> values, String field, int maxLength) {
        List<String> items = InvalidValue.requireTexts(values, field);
        for (int i = 0; i < items.size(); i++) {
            paragraph(items.get(i), field + "[" + i + "]", maxLength);
        }
        return items;
    }

    /** Items of a list, each required and one line, reported by their index ({@code services[1]}). */
    public static List<String> lines(List<String> values, String field, int maxLength) {
        List<String> items = InvalidValue.requireTexts(values, field);
        for (int i = 0; i < items.size(); i++) {
            line(items.get(i), field + "[" + i + "]", maxLength);
        }
        return items;
    }

    private static String checked(String value, String field, int maxLength, boolean severalLines) {
        if (value == null) {
            return null;
        }
        String text = value;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean allowed = severalLines && (c == '\t' || c == '\n' || c == '\r');
            if (Character.isISOControl(c) && !allowed) {
                throw new InvalidValue(
                        "text.control-character",
                        field,
                        field + " holds a control character at position " + (i + 1),
                        field,
                        i + 1);
            }
        }
        // String.length counts UTF-16 units, never fewer than the characters a VARCHAR column counts.
        if (text.length() > maxLength) {
            throw new InvalidValue(
                    "text.too-long", field, field + " has more than " + maxLength + " characters", field, maxLength);
        }
        return value;
    }
}
