package id.kinerja.domain.evaluation;

import id.kinerja.domain.organization.OrganizationUnitId;
import java.util.List;

/**
 * Rekapitulasi: one unit's line in the recap of a year across units — its score, how its indicators stand,
 * how many of them each rating got, what still waits for an auditor, and whether the year is closed.
 *
 * @param parentId absent (null) for a unit at the top of the tree
 * @param parentName the parent's name, null at the top
 * @param decreeInForce whether an enacted decree set the unit's indicators for the year
 * @param met computed attainments of at least 100 % and qualitative targets achieved
 * @param notMet computed attainments under 100 % and qualitative targets not achieved
 * @param ratings the number of indicators given each band of the scale, in the scale's order
 * @param waitingForReview the year's current realizations submitted and not yet reviewed
 * @param targetSource the targets the year was measured against: the signed PK's or the IKU's
 */
public record UnitRecap(
        OrganizationUnitId unitId,
        String name,
        OrganizationUnitId parentId,
        String parentName,
        boolean decreeInForce,
        AttainmentScore score,
        int indicators,
        int met,
        int notMet,
        int notFilled,
        int notComputable,
        int notApplicable,
        List<RatingCount> ratings,
        int waitingForReview,
        boolean closed,
        TargetSource targetSource) {
    public UnitRecap {
        ratings = List.copyOf(ratings);
        targetSource = targetSource == null ? TargetSource.IKU : targetSource;
    }

    /** How many indicators a band of the rating scale got. */
    public record RatingCount(String label, int count) {}
}
