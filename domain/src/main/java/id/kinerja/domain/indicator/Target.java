package id.kinerja.domain.indicator;

import id.kinerja.domain.shared.InvalidValue;
import id.kinerja.domain.shared.Text;
import id.kinerja.domain.shared.Year;
import java.util.Optional;

/**
 * Target: what an indicator promises for a year, optionally with the category it promises, as the annex
 * writes "86 (Baik)".
 */
public record Target(Year year, TargetValue value, String promisedCategory) {
    public Target {
        InvalidValue.requirePresent(year, "year");
        InvalidValue.requirePresent(value, "value");
        promisedCategory = promisedCategory == null || promisedCategory.isBlank()
                ? null
                : Text.line(promisedCategory.strip(), "category", 100);
    }

    public Optional<String> category() {
        return Optional.ofNullable(promisedCategory);
    }

    /** As the annex prints it: "87,50 (Baik)". */
    public String display() {
        return value.display() + (promisedCategory == null ? "" : " (" + promisedCategory + ")");
    }
}
