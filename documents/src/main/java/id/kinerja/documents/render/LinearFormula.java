package id.kinerja.documents.render;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * An indicator's formula as one line of plain text, for documents. Planners write formulas in LaTeX, as the seed
 * decree does ({@code $\frac{\text{Total Nilai Persepsi Per Unsor}}{\text{Total Unsor Yang Terisi}} \times
 * \text{Nilai Penimbang}$}); the pages typeset it with KaTeX, but a printed annex, a DOCX and a spreadsheet cell
 * hold text, and raw LaTeX there reads as noise to the people who sign it. This writes the common subset —
 * fractions, text, operators, powers, indices, roots — the way a person types a formula on one line: "(Total Nilai
 * Persepsi Per Unsor) / (Total Unsor Yang Terisi) × Nilai Penimbang". A formula written in words, or LaTeX this
 * cannot read (an unclosed brace), is returned as it was written: nothing a planner wrote is lost.
 */
public final class LinearFormula {
    /** The same test as the pages' formula.js: only text with LaTeX's special characters is read as LaTeX. */
    private static final Pattern LOOKS_LIKE_TEX = Pattern.compile("[\\\\^_{}]");

    private static final Pattern DELIMITED =
            Pattern.compile("^(?:\\$\\$(.*)\\$\\$|\\$(.*)\\$|\\\\\\((.*)\\\\\\)|\\\\\\[(.*)\\\\])$", Pattern.DOTALL);

    /** Operators, written with a space on each side. */
    private static final Map<String, String> OPERATORS = Map.ofEntries(
            Map.entry("times", "×"),
            Map.entry("cdot", "·"),
            Map.entry("div", "÷"),
            Map.entry("pm", "±"),
            Map.entry("le", "≤"),
            Map.entry("leq", "≤"),
            Map.entry("ge", "≥"),
            Map.entry("geq", "≥"),
            Map.entry("neq", "≠"),
            Map.entry("ne", "≠"),
            Map.entry("approx", "≈"),
            Map.entry("rightarrow", "→"),
            Map.entry("to", "→"));

    /** Symbols written where they stand. */
    private static final Map<String, String> SYMBOLS = Map.ofEntries(
            Map.entry("sum", "Σ"),
            Map.entry("Sigma", "Σ"),
            Map.entry("Delta", "Δ"),
            Map.entry("infty", "∞"),
            Map.entry("percent", "%"),
            Map.entry("ldots", "…"),
            Map.entry("dots", "…"),
            Map.entry("cdots", "…"));

    private static final String SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    private LinearFormula() {}

    /** The formula on one line; {@code null} stays {@code null}. */
    public static String of(String written) {
        if (written == null) {
            return null;
        }
        String tex = written.strip();
        var delimited = DELIMITED.matcher(tex);
        if (delimited.matches()) {
            for (int group = 1; group <= 4; group++) {
                if (delimited.group(group) != null) {
                    tex = delimited.group(group).strip();
                }
            }
        }
        if (!LOOKS_LIKE_TEX.matcher(tex).find()) {
            return tex.equals(written.strip()) ? written : tex;
        }
        try {
            Reader reader = new Reader(tex);
            String line = reader.sequence(false);
            if (!reader.atEnd()) {
                return written;
            }
            return line.replaceAll("\\s+", " ").strip();
        } catch (Unreadable unreadable) {
            return written;
        }
    }

    /** LaTeX this reader does not understand well enough to rewrite without changing its meaning. */
    private static final class Unreadable extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Unreadable() {
            super(null, null, false, false);
        }
    }

    private static final class Reader {
        private final String tex;
        private int at;

        Reader(String tex) {
            this.tex = tex;
        }

        boolean atEnd() {
            return at >= tex.length();
        }

        /** Everything up to the end, or up to the closing brace of the group being read. */
        String sequence(boolean inGroup) {
            StringBuilder line = new StringBuilder();
            while (!atEnd()) {
                char next = tex.charAt(at);
                if (next == '}') {
                    if (!inGroup) {
                        throw new Unreadable();
                    }
                    return line.toString();
                }
                line.append(item());
            }
            if (inGroup) {
                throw new Unreadable();
            }
            return line.toString();
        }

        /** One thing in a sequence: a group, a command, a power or index, or a character. */
        private String item() {
            char next = tex.charAt(at);
            switch (next) {
                case '{' -> {
                    return group();
                }
                case '^' -> {
                    at++;
                    return power(argument());
                }
                case '_' -> {
                    at++;
                    String index = argument();
                    return "_" + (index.length() == 1 ? index : "(" + index + ")");
                }
                case '\\' -> {
                    return command();
                }
                case '~' -> {
                    at++;
                    return " ";
                }
                default -> {
                    at++;
                    return String.valueOf(next);
                }
            }
        }

        private String group() {
            at++; // {
            String inside = sequence(true);
            at++; // }
            return inside;
        }

        /** A command's argument: a group, or the single character or command that follows. */
        private String argument() {
            while (!atEnd() && tex.charAt(at) == ' ') {
                at++;
            }
            if (atEnd()) {
                throw new Unreadable();
            }
            return tex.charAt(at) == '{' ? group() : item();
        }

        private String command() {
            at++; // backslash
            if (atEnd()) {
                throw new Unreadable();
            }
            char first = tex.charAt(at);
            if (!Character.isLetter(first)) {
                at++;
                return switch (first) {
                    case ',', ';', ':', '!', ' ', '\\' -> " ";
                    default -> String.valueOf(first); // \% \{ \} \_ \& \# \$
                };
            }
            int start = at;
            while (!atEnd() && Character.isLetter(tex.charAt(at))) {
                at++;
            }
            String name = tex.substring(start, at);
            switch (name) {
                case "frac", "dfrac", "tfrac" -> {
                    String numerator = argument();
                    String denominator = argument();
                    return grouped(numerator) + " / " + grouped(denominator);
                }
                case "text", "textrm", "textit", "textbf", "mathrm", "mathit", "mathbf", "operatorname", "mbox" -> {
                    return argument();
                }
                case "sqrt" -> {
                    return "√(" + argument().strip() + ")";
                }
                case "left", "right", "big", "Big", "bigl", "bigr", "Bigl", "Bigr" -> {
                    return "";
                }
                case "quad", "qquad" -> {
                    return " ";
                }
                default -> {
                    if (OPERATORS.containsKey(name)) {
                        return " " + OPERATORS.get(name) + " ";
                    }
                    if (SYMBOLS.containsKey(name)) {
                        return SYMBOLS.get(name);
                    }
                    throw new Unreadable();
                }
            }
        }

        /** A numerator or denominator of more than one word gets brackets, so that the line keeps its meaning. */
        private static String grouped(String part) {
            String trimmed = part.strip().replaceAll("\\s+", " ");
            boolean single = trimmed.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == ',' || c == '.');
            return single ? trimmed : "(" + trimmed + ")";
        }

        private static String power(String exponent) {
            String trimmed = exponent.strip();
            if (!trimmed.isEmpty() && trimmed.chars().allMatch(Character::isDigit)) {
                StringBuilder raised = new StringBuilder();
                trimmed.chars().forEach(digit -> raised.append(SUPERSCRIPT_DIGITS.charAt(digit - '0')));
                return raised.toString();
            }
            return "^" + (trimmed.length() == 1 ? trimmed : "(" + trimmed + ")");
        }
    }
}
