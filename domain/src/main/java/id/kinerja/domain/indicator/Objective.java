package id.kinerja.domain.indicator;

import id.kinerja.domain.decree.DecreeId;
import id.kinerja.domain.organization.OrganizationUnitId;
import id.kinerja.domain.plan.PlanPeriodId;
import id.kinerja.domain.shared.InvalidValue;
import id.kinerja.domain.shared.StaleVersion;
import id.kinerja.domain.shared.Text;

/**
 * Sasaran strategis: a strategic objective of a unit within a plan period, established by a decree.
 *
 * @param code the number in the annex ("1")
 * @param statement the objective as written
 * @param version the stored version the objective was read with, so that two revisions do not overwrite each
 *     other
 */
public record Objective(
        ObjectiveId id,
        DecreeId decreeId,
        OrganizationUnitId unitId,
        PlanPeriodId planPeriodId,
        String code,
        String statement,
        long version) {
    public Objective {
        InvalidValue.requirePresent(id, "id");
        InvalidValue.requirePresent(decreeId, "decreeId");
        InvalidValue.requirePresent(unitId, "unitId");
        InvalidValue.requirePresent(planPeriodId, "planPeriodId");
        Text.requiredLine(code, "code", 20);
        Text.requiredParagraph(statement, "statement", 2000);
    }

    /** A new objective, not stored yet. */
    public Objective(
            ObjectiveId id,
            DecreeId decreeId,
            OrganizationUnitId unitId,
            PlanPeriodId planPeriodId,
            String code,
            String statement) {
        this(id, decreeId, unitId, planPeriodId, code, statement, 0);
    }

    /**
     * The objective with its number and words rewritten, if the caller saw the current version. Its decree, unit
     * and plan period stay: the indicators under it and their targets were set against them.
     */
    Objective revised(long expectedVersion, String newCode, String newStatement) {
        StaleVersion.check("objective", id, expectedVersion, version);
        return new Objective(id, decreeId, unitId, planPeriodId, newCode, newStatement, version);
    }
}
