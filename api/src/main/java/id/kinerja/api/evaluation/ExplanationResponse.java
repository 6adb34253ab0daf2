package id.kinerja.api.evaluation;

import id.kinerja.domain.shared.Explanation;
import id.kinerja.http.problem.Messages;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * How a figure came about, for people and for machines: the text in Indonesian and English, and the rule's
 * stable key with its exact arguments (numbers as JSON numbers, unrounded where the rule keeps them so; enums
 * by their constant; a nested step as an explanation of its own), so that a client can trace or re-render
 * it.
 */
@Serdeable
public record ExplanationResponse(String rule, List<Object> arguments, Messages.Bilingual text) {

    public static ExplanationResponse of(Explanation explanation, Messages texts) {
        return new ExplanationResponse(
                explanation.rule(),
                explanation.arguments().stream()
                        .map(argument -> traced(argument, texts))
                        .toList(),
                texts.render(explanation));
    }

    private static Object traced(Object argument, Messages texts) {
        if (argument instanceof Explanation step) {
            return of(step, texts);
        }
        if (argument instanceof Enum<?> value) {
            return value.name();
        }
        if (argument instanceof List<?> items) {
            return items.stream().map(item -> traced(item, texts)).toList();
        }
        return argument;
    }
}
