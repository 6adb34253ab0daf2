package id.kinerja.persistence.report;

import java.util.ArrayList;
import java.util.List;

/**
 * Rows of a few texts kept in one text column: one row a line, fields apart by tabs, a backslash, tab or line
 * break inside a field escaped; an absent field is written as {@code \N}.
 */
final class TabbedLines {
    private static final String ABSENT = "\\N";

    private TabbedLines() {}

    static String write(List<List<String>> rows) {
        StringBuilder text = new StringBuilder();
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                if (i > 0) {
                    text.append('\t');
                }
                text.append(escape(row.get(i)));
            }
            text.append('\n');
        }
        return text.toString();
    }

    static List<List<String>> read(String text) {
        List<List<String>> rows = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return rows;
        }
        for (String line : text.split("\n", -1)) {
            if (line.isEmpty()) {
                continue;
            }
            List<String> fields = new ArrayList<>();
            for (String field : line.split("\t", -1)) {
                fields.add(unescape(field));
            }
            rows.add(fields);
        }
        return rows;
    }

    private static String escape(String field) {
        if (field == null) {
            return ABSENT;
        }
        return field.replace("\\", "\\\\")
                .replace("\t", "\\t")
                .replace("\n", "\\n")
                .replace("\r", "\\r");
    }

    private static String unescape(String field) {
        if (field.equals(ABSENT)) {
            return null;
        }
        StringBuilder plain = new StringBuilder(field.length());
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            if (c == '\\' && i + 1 < field.length()) {
                char next = field.charAt(++i);
                plain.append(
                        switch (next) {
                            case 't' -> '\t';
                            case 'n' -> '\n';
                            case 'r' -> '\r';
                            default -> next;
                        });
            } else {
                plain.append(c);
            }
        }
        return plain.toString();
    }
}
