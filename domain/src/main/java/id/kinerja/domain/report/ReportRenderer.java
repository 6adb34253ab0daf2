package id.kinerja.domain.report;

import id.kinerja.domain.agreement.YearBudget;
import id.kinerja.domain.evaluation.UnitEvaluation;
import id.kinerja.domain.indicator.DecreeAnnex;
import java.util.Optional;

/**
 * Draws the LKjIP's files from the engine's evaluation, the written narrative and the budget realization of the
 * year's PK (Bab III B; absent while the unit has no PK) — the documents module.
 */
public interface ReportRenderer {
    RenderedReport render(
            UnitEvaluation evaluation,
            Optional<DecreeAnnex> annex,
            Narrative narrative,
            Optional<YearBudget> budget,
            Optional<IssueStamp> stamp);
}
