package id.kinerja.domain.cascade;

import id.kinerja.domain.indicator.IndicatorId;
import id.kinerja.domain.indicator.ObjectiveId;
import id.kinerja.domain.shared.InvalidValue;
import java.util.UUID;

/** A node of the cascade: a strategic objective (sasaran) or an indicator (IKU) of a unit. */
public record CascadeNode(Kind kind, UUID id) {
    /** What the node is. */
    public enum Kind {
        OBJECTIVE,
        INDICATOR
    }

    public CascadeNode {
        InvalidValue.requirePresent(kind, "kind");
        InvalidValue.requirePresent(id, "id");
    }

    public static CascadeNode of(ObjectiveId objective) {
        return new CascadeNode(Kind.OBJECTIVE, objective.value());
    }

    public static CascadeNode of(IndicatorId indicator) {
        return new CascadeNode(Kind.INDICATOR, indicator.value());
    }
}
