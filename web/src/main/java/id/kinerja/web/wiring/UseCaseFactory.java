package id.kinerja.web.wiring;

import id.kinerja.domain.decree.Decrees;
import id.kinerja.domain.evaluation.AgreedTargets;
import id.kinerja.domain.evaluation.AttachEvidence;
import id.kinerja.domain.evaluation.CloseYear;
import id.kinerja.domain.evaluation.EvaluateAttainment;
import id.kinerja.domain.evaluation.EvidenceStore;
import id.kinerja.domain.evaluation.RatingScales;
import id.kinerja.domain.evaluation.Realizations;
import id.kinerja.domain.evaluation.RecordRealization;
import id.kinerja.domain.evaluation.ReviewRealization;
import id.kinerja.domain.evaluation.YearClosures;
import id.kinerja.domain.indicator.Indicators;
import id.kinerja.domain.indicator.Objectives;
import id.kinerja.domain.indicator.ReadDecreeAnnex;
import id.kinerja.domain.organization.OrganizationUnits;
import id.kinerja.domain.plan.PlanPeriods;
import id.kinerja.domain.shared.Transactions;
import id.kinerja.domain.survey.ImportSurveyResponses;
import id.kinerja.domain.survey.PlanSurvey;
import id.kinerja.domain.survey.ReadSurveyResult;
import id.kinerja.domain.survey.SurveyImports;
import id.kinerja.domain.survey.SurveyResponses;
import id.kinerja.domain.survey.SurveyResults;
import id.kinerja.domain.survey.SurveyWarnings;
import id.kinerja.domain.survey.Surveys;
import id.kinerja.domain.user.AssignUnits;
import id.kinerja.domain.user.AuthenticateUser;
import id.kinerja.domain.user.CreateUser;
import id.kinerja.domain.user.EnsureInitialAdministrator;
import id.kinerja.domain.user.PasswordHasher;
import id.kinerja.domain.user.SessionVersions;
import id.kinerja.domain.user.UnitAssignments;
import id.kinerja.domain.user.UpdateUser;
import id.kinerja.domain.user.Users;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.convert.format.ReadableBytes;
import jakarta.inject.Singleton;
import java.time.Clock;

/** Every use case of the domain, created once with the adapters of this application. */
@Factory
public class UseCaseFactory {
    @Singleton
    ReadDecreeAnnex readDecreeAnnex(
            Decrees decrees,
            OrganizationUnits units,
            PlanPeriods periods,
            Objectives objectives,
            Indicators indicators) {
        return new ReadDecreeAnnex(decrees, units, periods, objectives, indicators);
    }

    @Singleton
    AuthenticateUser authenticateUser(Users users, PasswordHasher hasher) {
        return new AuthenticateUser(users, hasher);
    }

    @Singleton
    CreateUser createUser(Users users, PasswordHasher hasher, Transactions transactions) {
        return new CreateUser(users, hasher, transactions);
    }

    @Singleton
    UpdateUser updateUser(Users users, PasswordHasher hasher, SessionVersions sessions, Transactions transactions) {
        return new UpdateUser(users, hasher, sessions, transactions);
    }

    @Singleton
    EnsureInitialAdministrator ensureInitialAdministrator(
            Users users, PasswordHasher hasher, Transactions transactions) {
        return new EnsureInitialAdministrator(users, hasher, transactions);
    }

    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }

    @Singleton
    PlanSurvey planSurvey(
            Surveys surveys,
            OrganizationUnits units,
            Indicators indicators,
            UnitAssignments assignments,
            YearClosures closures,
            Transactions transactions) {
        return new PlanSurvey(surveys, units, indicators, assignments, closures, transactions);
    }

    @Singleton
    ImportSurveyResponses importSurveyResponses(
            Surveys surveys,
            SurveyResponses responses,
            SurveyResults results,
            UnitAssignments assignments,
            OrganizationUnits units,
            YearClosures closures,
            SurveyImports imports,
            Transactions transactions,
            Clock clock,
            id.kinerja.domain.survey.ImportRuns runs) {
        return new ImportSurveyResponses(
                surveys, responses, results, assignments, units, closures, imports, transactions, clock, runs);
    }

    @Singleton
    SurveyWarnings surveyWarnings(Surveys surveys, SurveyResults results) {
        return new SurveyWarnings(surveys, results);
    }

    @Singleton
    ReadSurveyResult readSurveyResult(
            Surveys surveys,
            SurveyResults results,
            SurveyResponses responses,
            id.kinerja.domain.survey.ReportedSurveyResults reported) {
        // reported results (issue 14 item 3, ADR 0035) are versions of a survey's result like computed ones
        return new ReadSurveyResult(surveys, results, responses, reported);
    }

    @Singleton
    RecordRealization recordRealization(
            Indicators indicators,
            Objectives objectives,
            PlanPeriods periods,
            Realizations realizations,
            YearClosures closures,
            ReadSurveyResult surveyResults,
            UnitAssignments assignments,
            OrganizationUnits units,
            Transactions transactions) {
        return new RecordRealization(
                indicators,
                objectives,
                periods,
                realizations,
                closures,
                surveyResults,
                assignments,
                units,
                transactions);
    }

    @Singleton
    ReviewRealization reviewRealization(
            Realizations realizations,
            Indicators indicators,
            Objectives objectives,
            YearClosures closures,
            UnitAssignments assignments,
            OrganizationUnits units,
            Transactions transactions,
            Clock clock) {
        return new ReviewRealization(
                realizations, indicators, objectives, closures, assignments, units, transactions, clock);
    }

    @Singleton
    CloseYear closeYear(OrganizationUnits units, YearClosures closures, Transactions transactions, Clock clock) {
        return new CloseYear(units, closures, transactions, clock);
    }

    /** Evidence files up to {@code kinerja.evidence.max-file-size} (20MB unless configured). */
    @Singleton
    AttachEvidence attachEvidence(
            Realizations realizations,
            Indicators indicators,
            Objectives objectives,
            YearClosures closures,
            EvidenceStore store,
            UnitAssignments assignments,
            OrganizationUnits units,
            Transactions transactions,
            Clock clock,
            @Value("${kinerja.evidence.max-file-size:20MB}") @ReadableBytes long maxFileBytes) {
        return new AttachEvidence(
                realizations,
                indicators,
                objectives,
                closures,
                store,
                assignments,
                units,
                transactions,
                clock,
                maxFileBytes);
    }

    @Singleton
    AssignUnits assignUnits(
            Users users,
            OrganizationUnits units,
            UnitAssignments assignments,
            SessionVersions sessions,
            Transactions transactions) {
        return new AssignUnits(users, units, assignments, sessions, transactions);
    }

    @Singleton
    EvaluateAttainment evaluateAttainment(
            OrganizationUnits units,
            Decrees decrees,
            Objectives objectives,
            PlanPeriods periods,
            Indicators indicators,
            Realizations realizations,
            YearClosures closures,
            RatingScales scales,
            AgreedTargets agreed) {
        return new EvaluateAttainment(
                units, decrees, objectives, periods, indicators, realizations, closures, scales, agreed);
    }

    // Public page of approved results (issue 14, item 6)
    @Singleton
    id.kinerja.domain.evaluation.PublishResults publishResults(
            id.kinerja.domain.evaluation.ResultPublications publications,
            OrganizationUnits units,
            id.kinerja.domain.user.UnitStewardship stewards,
            Transactions transactions,
            Clock clock) {
        return new id.kinerja.domain.evaluation.PublishResults(publications, units, stewards, transactions, clock);
    }

    // Survey import progress and cancellation (issue 15, item 2)
    @Singleton
    id.kinerja.domain.survey.FollowSurveyImports followSurveyImports(
            Surveys surveys,
            id.kinerja.domain.survey.ImportRuns runs,
            UnitAssignments assignments,
            OrganizationUnits units) {
        return new id.kinerja.domain.survey.FollowSurveyImports(surveys, runs, assignments, units);
    }

    /**
     * Background imports run on threads of their own, not on Micronaut's executors: those carry the submitting
     * request's context along, and with it the transaction its audit line is written in (ADR 0016), which
     * the import would join and find closed once the request has been answered. Idle threads end after a minute.
     */
    @Singleton
    id.kinerja.domain.survey.BackgroundSurveyImports backgroundSurveyImports(ImportSurveyResponses importer) {
        java.util.concurrent.atomic.AtomicInteger count = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "survey-import-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        return new id.kinerja.domain.survey.BackgroundSurveyImports(importer, threads);
    }

    // Survey results at summary level (issue 14, item 3; ADR 0035)
    @Singleton
    id.kinerja.domain.survey.RecordReportedSurveyResult recordReportedSurveyResult(
            Surveys surveys,
            SurveyResults results,
            id.kinerja.domain.survey.ReportedSurveyResults reported,
            UnitAssignments assignments,
            OrganizationUnits units,
            YearClosures closures,
            Transactions transactions,
            Clock clock,
            @Value("${kinerja.evidence.max-file-size:20MB}") @ReadableBytes long maxFileBytes) {
        return new id.kinerja.domain.survey.RecordReportedSurveyResult(
                surveys, results, reported, assignments, units, closures, transactions, clock, maxFileBytes);
    }

    @Singleton
    id.kinerja.domain.survey.ReadReportedSurveyResult readReportedSurveyResult(
            Surveys surveys, id.kinerja.domain.survey.ReportedSurveyResults reported) {
        return new id.kinerja.domain.survey.ReadReportedSurveyResult(surveys, reported);
    }

    // Cascading (issue 14, item 4): a planner of the child unit links its objective or indicator to the parent's
    @Singleton
    id.kinerja.domain.cascade.SetSupport setSupport(
            id.kinerja.domain.cascade.Supports supports,
            Objectives objectives,
            Indicators indicators,
            OrganizationUnits units,
            id.kinerja.domain.organization.UnitStewards stewards,
            Transactions transactions,
            Clock clock) {
        return new id.kinerja.domain.cascade.SetSupport(
                supports, objectives, indicators, units, stewards, transactions, clock);
    }
}
