package id.kinerja.domain.indicator;

import id.kinerja.domain.shared.IndonesianNumber;
import id.kinerja.domain.shared.InvalidValue;
import id.kinerja.domain.shared.RuleViolation;
import java.math.BigDecimal;

/** What a target promises: a number, a range, or a qualitative value. Numbers keep their written scale. */
public sealed interface TargetValue {

    /** The value as the annex prints it: "87,50", "80 – 90", "WTP". */
    String display();

    /** A single number: "87,50". */
    record Numeric(BigDecimal amount) implements TargetValue {
        public Numeric {
            InvalidValue.requirePresent(amount, "value");
        }

        @Override
        public String display() {
            return IndonesianNumber.format(amount);
        }
    }

    /** A range from lower to upper, both included: "80 – 90". */
    record Range(BigDecimal lower, BigDecimal upper) implements TargetValue {
        public Range {
            InvalidValue.requirePresent(lower, "lower");
            InvalidValue.requirePresent(upper, "upper");
            if (lower.compareTo(upper) > 0) {
                throw new RuleViolation(
                        "target.range-reversed",
                        "upper",
                        "the range's upper bound " + upper.toPlainString() + " is below its lower bound "
                                + lower.toPlainString(),
                        lower,
                        upper);
            }
        }

        @Override
        public String display() {
            return IndonesianNumber.format(lower) + " – " + IndonesianNumber.format(upper);
        }
    }

    /** A word or category: "WTP", "Baik". */
    record Qualitative(String text) implements TargetValue {
        public Qualitative {
            InvalidValue.requireText(text, "value");
            text = text.strip();
        }

        @Override
        public String display() {
            return text;
        }
    }
}
