package id.kinerja.domain.shared;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

/**
 * How a figure came about, stated as data and never as a sentence: the stable key of the rule applied
 * ({@code attainment.higher-is-better}) and its exact inputs and results, in the order the rule's message
 * names them. The edge renders it in the reader's language from a message bundle, so the same explanation
 * reads "87,50 %" in Indonesian and "87.50 %" in English and stays traceable by its key and arguments.
 *
 * <p>An argument is a {@link BigDecimal} (exact, as computed or as rounded — the rule's key says which), an
 * {@link Integer} or {@link Long} (years, counts, scales), a {@link String} someone wrote (a qualitative
 * value, a reference), an enum (shown by its label), a nested {@code Explanation} (one step of a larger
 * one), or a list of those (shown one after the other).
 */
public record Explanation(String rule, List<Object> arguments) {
    public Explanation {
        InvalidValue.requireText(rule, "rule");
        arguments = List.copyOf(arguments);
        arguments.forEach(Explanation::requireTraceable);
    }

    public static Explanation of(String rule, Object... arguments) {
        return new Explanation(rule, Arrays.asList(arguments));
    }

    private static void requireTraceable(Object argument) {
        if (argument instanceof List<?> list) {
            list.forEach(Explanation::requireTraceable);
            return;
        }
        if (!(argument instanceof BigDecimal
                || argument instanceof Integer
                || argument instanceof Long
                || argument instanceof String
                || argument instanceof Enum<?>
                || argument instanceof Explanation)) {
            throw new IllegalArgumentException("not an argument an explanation can carry: " + argument);
        }
    }
}
