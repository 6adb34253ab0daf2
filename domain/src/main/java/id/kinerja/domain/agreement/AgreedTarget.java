package id.kinerja.domain.agreement;

import id.kinerja.domain.indicator.IndicatorId;
import id.kinerja.domain.indicator.Target;
import id.kinerja.domain.shared.InvalidValue;
import id.kinerja.domain.shared.Text;
import java.util.Optional;

/**
 * Target PK: what the unit's head promises for an indicator this year. It starts as the IKU target; a change to
 * fit the approved budget keeps its reason.
 *
 * @param adjustmentReason why the target differs from the IKU; absent while it is the IKU's
 */
public record AgreedTarget(IndicatorId indicatorId, Target target, String adjustmentReason) {
    public AgreedTarget {
        InvalidValue.requirePresent(indicatorId, "indicatorId");
        InvalidValue.requirePresent(target, "target");
        adjustmentReason = adjustmentReason == null || adjustmentReason.isBlank()
                ? null
                : Text.paragraph(adjustmentReason.strip(), "reason", 2000);
    }

    public Optional<String> reason() {
        return Optional.ofNullable(adjustmentReason);
    }
}
