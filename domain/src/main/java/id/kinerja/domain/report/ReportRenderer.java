package id.kinerja.domain.report;

import id.kinerja.domain.evaluation.UnitEvaluation;
import id.kinerja.domain.indicator.DecreeAnnex;
import java.util.Optional;

/** Draws the LKjIP's files from the engine's evaluation and the written narrative (the documents module). */
public interface ReportRenderer {
    RenderedReport render(
            UnitEvaluation evaluation, Optional<DecreeAnnex> annex, Narrative narrative, Optional<IssueStamp> stamp);
}
