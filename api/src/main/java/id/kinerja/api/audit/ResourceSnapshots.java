package id.kinerja.api.audit;

import id.kinerja.api.agreement.AgreementResources.AgreementResponse;
import id.kinerja.api.agreement.BudgetRealizationController;
import id.kinerja.api.decree.DecreeResources.DecreeResponse;
import id.kinerja.api.evaluation.EvaluationResources.ClosureResponse;
import id.kinerja.api.evaluation.EvaluationResources.EvidenceResponse;
import id.kinerja.api.evaluation.EvaluationResources.RatingScaleBody;
import id.kinerja.api.evaluation.EvaluationResources.RealizationResponse;
import id.kinerja.api.indicator.IndicatorResources.IndicatorResponse;
import id.kinerja.api.indicator.ObjectiveController.ObjectiveResponse;
import id.kinerja.api.organization.UnitResources.UnitResponse;
import id.kinerja.api.plan.PlanPeriodController;
import id.kinerja.api.questionnaire.QuestionnaireController;
import id.kinerja.api.report.ReportResources;
import id.kinerja.api.survey.ImportRunResponse;
import id.kinerja.api.survey.SurveyResources;
import id.kinerja.api.survey.SurveyResources.ImportResponse;
import id.kinerja.api.survey.SurveyResources.SurveyResponse;
import id.kinerja.api.user.UserController;
import id.kinerja.domain.agreement.BudgetRealization;
import id.kinerja.domain.agreement.PerformanceAgreement;
import id.kinerja.domain.agreement.ReadPerformanceAgreements;
import id.kinerja.domain.decree.Decree;
import id.kinerja.domain.evaluation.Evidence;
import id.kinerja.domain.evaluation.RatingScale;
import id.kinerja.domain.evaluation.Realization;
import id.kinerja.domain.evaluation.YearClosure;
import id.kinerja.domain.indicator.IndicatorChange;
import id.kinerja.domain.indicator.Objective;
import id.kinerja.domain.organization.OrganizationUnit;
import id.kinerja.domain.plan.PlanPeriod;
import id.kinerja.domain.questionnaire.CollectionClosure;
import id.kinerja.domain.report.IssuedReport;
import id.kinerja.domain.report.NarrativeEntry;
import id.kinerja.domain.survey.ImportRunId;
import id.kinerja.domain.survey.ImportRuns;
import id.kinerja.domain.survey.ImportSurveyResponses;
import id.kinerja.domain.survey.Survey;
import id.kinerja.domain.survey.SurveyOutcome;
import id.kinerja.domain.user.User;
import id.kinerja.http.audit.AuditSnapshots;
import id.kinerja.http.problem.Messages;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A thing changed on a page, recorded in the audit trail as this API answers it. */
@Singleton
class ResourceSnapshots implements AuditSnapshots {
    private final Messages messages;
    private final ReadPerformanceAgreements agreements;
    private final ImportRuns runs;

    ResourceSnapshots(Messages messages, ReadPerformanceAgreements agreements, ImportRuns runs) {
        this.messages = messages;
        this.agreements = agreements;
        this.runs = runs;
    }

    @Override
    public Optional<Object> of(Object changed) {
        Object snapshot;
        if (changed instanceof Decree decree) {
            snapshot = DecreeResponse.of(decree, List.of());
        } else if (changed instanceof Objective objective) {
            snapshot = ObjectiveResponse.of(objective);
        } else if (changed instanceof IndicatorChange indicator) {
            snapshot = IndicatorResponse.of(indicator, messages);
        } else if (changed instanceof Survey survey) {
            snapshot = SurveyResponse.of(survey);
        } else if (changed instanceof ImportSurveyResponses.Report report) {
            snapshot = ImportResponse.of(report, messages);
        } else if (changed instanceof Realization realization) {
            snapshot = RealizationResponse.of(realization, List.of());
        } else if (changed instanceof Evidence evidence) {
            snapshot = EvidenceResponse.of(evidence);
        } else if (changed instanceof YearClosure closure) {
            snapshot = ClosureResponse.of(closure);
        } else if (changed instanceof OrganizationUnit unit) {
            snapshot = UnitResponse.of(unit);
            // what the administration pages change (issue 12), written as the API shows it
        } else if (changed instanceof User user) {
            snapshot = UserController.UserResponse.of(user);
        } else if (changed instanceof PlanPeriod period) {
            snapshot = PlanPeriodController.PlanPeriodResponse.of(period);
        } else if (changed instanceof RatingScale scale) {
            snapshot = RatingScaleBody.of(scale);
        } else if (changed instanceof NarrativeEntry entry) {
            // the LKjIP's narrative and issues (issue 13)
            snapshot = ReportResources.NarrativeResponse.of(entry);
        } else if (changed instanceof IssuedReport issued) {
            snapshot = ReportResources.IssueResponse.of(issued);
        } else if (changed instanceof SurveyOutcome outcome) {
            // a survey result entered from a report on its page (issue 14, item 3)
            snapshot = SurveyResources.ResultResponse.of(outcome, false);
        } else if (changed instanceof PerformanceAgreement agreement) {
            // the PK prepared, adjusted, signed or revised on its page, read whole as the API answers it
            snapshot = AgreementResponse.of(agreements.sheet(agreement.id()));
        } else if (changed instanceof BudgetRealization budget) {
            snapshot = BudgetRealizationController.BudgetResponse.of(budget);
        } else if (changed instanceof CollectionClosure closure) {
            // the online questionnaire closed from the survey page (issue 11)
            snapshot = QuestionnaireController.ClosureResponse.of(closure);
        } else if (changed instanceof ImportRunId run) {
            // a survey file a page handed to a background import: the run as it stood when the page answered
            snapshot = runs.find(run)
                    .<Object>map(found -> ImportRunResponse.of(found, messages))
                    .orElse(Map.of("id", run.value()));
        } else {
            snapshot = null;
        }
        return Optional.ofNullable(snapshot);
    }
}
