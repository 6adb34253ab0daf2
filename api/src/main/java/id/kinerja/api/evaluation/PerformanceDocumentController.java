package id.kinerja.api.evaluation;

import id.kinerja.api.evaluation.EvaluationResources.UnitEvaluationResponse;
import id.kinerja.api.shared.DocumentAnswers;
import id.kinerja.documents.render.DocumentFormat;
import id.kinerja.documents.report.LkjipDocument;
import id.kinerja.domain.agreement.ReadBudgetRealization;
import id.kinerja.domain.agreement.YearBudget;
import id.kinerja.domain.audit.SearchAuditTrail;
import id.kinerja.domain.evaluation.AsOf;
import id.kinerja.domain.evaluation.EvaluateAttainment;
import id.kinerja.domain.evaluation.UnitEvaluation;
import id.kinerja.domain.indicator.DecreeAnnex;
import id.kinerja.domain.indicator.ReadDecreeAnnex;
import id.kinerja.domain.organization.OrganizationUnitId;
import id.kinerja.domain.report.ReadReports;
import id.kinerja.domain.shared.InvalidValue;
import id.kinerja.domain.shared.Year;
import id.kinerja.http.problem.Messages;
import id.kinerja.http.problem.Problems;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The year's LKjIP of a unit, drawn from the attainment engine; JSON by default, PDF, DOCX or XLSX by
 * {@code Accept}. The Perjanjian Kinerja has its own controller ({@code api.agreement}).
 */
@Controller("/api/v1/units/{id}")
@Tag(name = "Dokumen kinerja / Performance documents")
@ExecuteOn(TaskExecutors.BLOCKING)
public class PerformanceDocumentController {
    private final EvaluateAttainment evaluate;
    private final ReadDecreeAnnex annexes;
    private final Messages texts;
    private final ReadReports reports;
    private final ReadBudgetRealization budgets;

    private final SearchAuditTrail trail;
    private final Clock clock;
    private final Problems problems;

    public PerformanceDocumentController(
            EvaluateAttainment evaluate,
            ReadDecreeAnnex annexes,
            Messages texts,
            ReadReports reports,
            SearchAuditTrail trail,
            Clock clock,
            Problems problems,
            ReadBudgetRealization budgets) {
        this.evaluate = evaluate;
        this.annexes = annexes;
        this.texts = texts;
        this.reports = reports;
        this.trail = trail;
        this.clock = clock;
        this.problems = problems;
        this.budgets = budgets;
    }

    /**
     * The report now, or with {@code asOf=YYYY-MM-DD} as it stood at the end of that day (ADR 0031): the
     * figures verified by then, the PK and decree in force then. A malformed or future day answers 400.
     */
    @Get("/reports/lkjip")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Produces({MediaType.APPLICATION_JSON, DocumentAnswers.PDF, DocumentAnswers.DOCX, DocumentAnswers.XLSX})
    public HttpResponse<?> lkjip(
            @PathVariable UUID id, @QueryValue int year, @Nullable @QueryValue String asOf, HttpRequest<?> request) {
        Optional<InvalidValue> refused = AsOf.refusal(asOf, clock);
        if (refused.isPresent()) {
            // a query parameter naming no past day is a bad request (400), not a refused entry (422)
            InvalidValue why = refused.get();
            return problems.respond(
                    request, HttpStatus.BAD_REQUEST, why.code(), "asOf", why.arguments(), List.of(), null);
        }
        Optional<AsOf> day = AsOf.parse(asOf, clock);
        UnitEvaluation evaluation = evaluate.ofUnit(new OrganizationUnitId(id), Year.of(year), null, null, null, day);
        // Bab III B reads the budget of the PK that holds today; an as-of report says so on its cover
        Optional<YearBudget> budget = budgets.heldFor(evaluation.unit().id(), evaluation.year());
        Optional<DocumentFormat> format = DocumentAnswers.requested(request);
        if (format.isPresent()) {
            Optional<DecreeAnnex> annex = evaluation.decree().map(decree -> annexes.read(decree.id()));
            // a preview: the narrative as written so far, no issue number (issues are kept apart, ReportController)
            return DocumentAnswers.file(
                    format.get(),
                    LkjipDocument.of(
                            evaluation,
                            annex,
                            reports.narrative(evaluation.unit().id(), evaluation.year()),
                            budget,
                            Optional.empty()),
                    "lkjip-" + year + day.map(past -> "-per-" + past.day()).orElse(""));
        }
        Long auditPosition =
                day.flatMap(past -> trail.positionBefore(past.end())).orElse(null);
        UnitEvaluationResponse answer = UnitEvaluationResponse.of(evaluation, texts, auditPosition);
        return HttpResponse.ok(budget.map(held -> answer.withBudget(
                                LkjipBudgetResponse.of(held, evaluation.score().percent())))
                        .orElse(answer))
                .contentType(MediaType.APPLICATION_JSON_TYPE);
    }
}
