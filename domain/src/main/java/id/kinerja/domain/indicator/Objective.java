package id.kinerja.domain.indicator;

import id.kinerja.domain.decree.DecreeId;
import id.kinerja.domain.organization.OrganizationUnitId;
import id.kinerja.domain.plan.PlanPeriodId;
import id.kinerja.domain.shared.InvalidValue;
import id.kinerja.domain.shared.Text;

/**
 * Sasaran strategis: a strategic objective of a unit within a plan period, established by a decree.
 *
 * @param code the number in the annex ("1")
 * @param statement the objective as written
 */
public record Objective(
        ObjectiveId id,
        DecreeId decreeId,
        OrganizationUnitId unitId,
        PlanPeriodId planPeriodId,
        String code,
        String statement) {
    public Objective {
        InvalidValue.requirePresent(id, "id");
        InvalidValue.requirePresent(decreeId, "decreeId");
        InvalidValue.requirePresent(unitId, "unitId");
        InvalidValue.requirePresent(planPeriodId, "planPeriodId");
        Text.requiredLine(code, "code", 20);
        Text.requiredParagraph(statement, "statement", 2000);
    }
}
