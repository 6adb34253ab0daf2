package id.kinerja.documents.report;

import id.kinerja.documents.render.Document;
import id.kinerja.documents.render.DocumentFormat;
import id.kinerja.domain.agreement.YearBudget;
import id.kinerja.domain.evaluation.UnitEvaluation;
import id.kinerja.domain.indicator.DecreeAnnex;
import id.kinerja.domain.report.IssueStamp;
import id.kinerja.domain.report.Narrative;
import id.kinerja.domain.report.RenderedReport;
import id.kinerja.domain.report.ReportFigure;
import id.kinerja.domain.report.ReportRenderer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The LKjIP in the three formats at once, for an issue to keep. */
public final class LkjipRenderer implements ReportRenderer {
    @Override
    public RenderedReport render(
            UnitEvaluation evaluation,
            Optional<DecreeAnnex> annex,
            Narrative narrative,
            Optional<YearBudget> budget,
            Optional<IssueStamp> stamp) {
        Document document = LkjipDocument.of(evaluation, annex, narrative, budget, stamp);
        List<ReportFigure> figures = new ArrayList<>(LkjipAnalyses.figures(evaluation));
        figures.addAll(BudgetSection.figures(evaluation, budget));
        return new RenderedReport(
                DocumentFormat.PDF.render(document),
                DocumentFormat.DOCX.render(document),
                DocumentFormat.XLSX.render(document),
                figures);
    }
}
