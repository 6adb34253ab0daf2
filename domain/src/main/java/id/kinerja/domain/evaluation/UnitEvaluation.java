package id.kinerja.domain.evaluation;

import id.kinerja.domain.decree.Decree;
import id.kinerja.domain.organization.OrganizationUnit;
import id.kinerja.domain.shared.Year;
import java.util.List;
import java.util.Optional;

/**
 * A unit's performance for a year: the objectives of the decree in force that year, each indicator
 * evaluated, and the unit's score over all of them.
 *
 * @param decree the decree whose indicators were evaluated; absent when the unit had none in force
 * @param targetSource the targets the year was measured against: the signed PK's or the IKU's
 * @param asOf the day the evaluation stands as of (ADR 0031); absent for the present
 */
public record UnitEvaluation(
        OrganizationUnit unit,
        Year year,
        Optional<Decree> decree,
        RatingScale scale,
        List<ObjectiveEvaluation> objectives,
        AttainmentScore score,
        YearClosure closure,
        TargetSource targetSource,
        Optional<java.time.LocalDate> asOf) {
    public UnitEvaluation {
        objectives = List.copyOf(objectives);
        targetSource = targetSource == null ? TargetSource.IKU : targetSource;
        asOf = asOf == null ? Optional.empty() : asOf;
    }

    /** An evaluation of the present. */
    public UnitEvaluation(
            OrganizationUnit unit,
            Year year,
            Optional<Decree> decree,
            RatingScale scale,
            List<ObjectiveEvaluation> objectives,
            AttainmentScore score,
            YearClosure closure,
            TargetSource targetSource) {
        this(unit, year, decree, scale, objectives, score, closure, targetSource, Optional.empty());
    }

    /** An evaluation against the IKU targets. */
    public UnitEvaluation(
            OrganizationUnit unit,
            Year year,
            Optional<Decree> decree,
            RatingScale scale,
            List<ObjectiveEvaluation> objectives,
            AttainmentScore score,
            YearClosure closure) {
        this(unit, year, decree, scale, objectives, score, closure, TargetSource.IKU);
    }
}
