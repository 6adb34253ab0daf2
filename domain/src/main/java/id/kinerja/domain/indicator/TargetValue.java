package id.kinerja.domain.indicator;

import id.kinerja.domain.shared.IndonesianNumber;
import id.kinerja.domain.shared.InvalidValue;
import id.kinerja.domain.shared.RuleViolation;
import id.kinerja.domain.shared.Text;
import java.math.BigDecimal;

/** What a target promises: a number, a range, or a qualitative value. Numbers keep their written scale. */
public sealed interface TargetValue {

    /** Targets are kept to six decimals, more than any decree writes. */
    int MAX_SCALE = 6;

    /** Refuses a number with more decimals than can be stored exactly. */
    static BigDecimal requirePrecision(BigDecimal amount, String field) {
        InvalidValue.requirePresent(amount, field);
        if (amount.scale() > MAX_SCALE || amount.precision() - amount.scale() > 18) {
            throw new InvalidValue(
                    "number.too-precise",
                    field,
                    amount.toPlainString() + " has more than 18 digits or " + MAX_SCALE + " decimals",
                    amount.toPlainString(),
                    MAX_SCALE);
        }
        return amount.scale() < 0 ? amount.setScale(0) : amount;
    }

    /** The value as the annex prints it: "87,50", "80 – 90", "WTP". */
    String display();

    /** A single number: "87,50". */
    record Numeric(BigDecimal amount) implements TargetValue {
        public Numeric {
            amount = TargetValue.requirePrecision(amount, "value");
        }

        @Override
        public String display() {
            return IndonesianNumber.format(amount);
        }
    }

    /** A range from lower to upper, both included: "80 – 90". */
    record Range(BigDecimal lower, BigDecimal upper) implements TargetValue {
        public Range {
            lower = TargetValue.requirePrecision(lower, "lower");
            upper = TargetValue.requirePrecision(upper, "upper");
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
            text = Text.paragraph(text.strip(), "value", 500);
        }

        @Override
        public String display() {
            return text;
        }
    }
}
